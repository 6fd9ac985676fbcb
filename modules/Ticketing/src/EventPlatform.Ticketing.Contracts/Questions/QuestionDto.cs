namespace EventPlatform.Ticketing.Questions;

/// <param name="TicketTypeIds">Attendee questions only: empty asks every attendee, otherwise only holders of these types.</param>
public sealed record QuestionDto(
    Guid Id,
    Guid EventId,
    string Label,
    string? Help,
    QuestionType Type,
    QuestionScope Scope,
    bool IsRequired,
    IReadOnlyList<string> Options,
    IReadOnlyList<Guid> TicketTypeIds,
    int SortOrder);
