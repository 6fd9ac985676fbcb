namespace EventPlatform.Events.Sessions;

public sealed record SessionDto(
    Guid Id,
    Guid EventId,
    string Title,
    string? Description,
    string? Room,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTime StartLocal,
    DateTime EndLocal,
    int? Capacity,
    IReadOnlyList<string> Tags,
    bool IsCancelled,
    string? CancellationReason,
    int Sequence,
    IReadOnlyList<SessionSpeakerDto> Speakers,
    IReadOnlyList<SessionAttachmentDto> Attachments);
