namespace EventPlatform.Events.Events;

/// <param name="StartLocal">Start of the copy in the event's time zone; sessions keep their offsets from the start.</param>
public sealed record CloneEventInput(string Title, DateTime StartLocal, string? Slug = null);
