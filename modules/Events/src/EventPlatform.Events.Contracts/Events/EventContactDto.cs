namespace EventPlatform.Events.Events;

/// <summary>Who attendees can ask about the event.</summary>
public sealed record EventContactDto(string? Name = null, string? Email = null, string? Phone = null);
