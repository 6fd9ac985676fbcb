namespace EventPlatform.Events.Events;

/// <summary>An organizer-defined fact shown on the event page (e.g. "Dress code": "Smart casual").</summary>
public sealed record CustomFieldDto(string Name, string Value);
