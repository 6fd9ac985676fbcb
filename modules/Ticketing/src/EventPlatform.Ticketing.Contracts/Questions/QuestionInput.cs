namespace EventPlatform.Ticketing.Questions;

public sealed record QuestionInput(
    string Label,
    QuestionType Type,
    QuestionScope Scope,
    bool IsRequired = false,
    IReadOnlyList<string>? Options = null,
    IReadOnlyList<Guid>? TicketTypeIds = null,
    string? Help = null,
    int SortOrder = 0);
