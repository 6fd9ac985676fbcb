namespace EventPlatform.Events.Events;

/// <param name="Suggestion">A free slug close to the one asked for when it is taken or invalid.</param>
public sealed record SlugAvailabilityDto(string Slug, bool IsValid, bool IsAvailable, string? Suggestion);
