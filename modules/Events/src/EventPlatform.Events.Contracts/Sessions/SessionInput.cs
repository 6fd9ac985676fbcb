namespace EventPlatform.Events.Sessions;

/// <summary>A session of the agenda; times local to the event's time zone.</summary>
/// <param name="Capacity">Null for no limit of its own.</param>
public sealed record SessionInput(
    string Title,
    DateTime StartLocal,
    DateTime EndLocal,
    string? Description = null,
    string? Room = null,
    int? Capacity = null,
    IReadOnlyList<string>? Tags = null);
