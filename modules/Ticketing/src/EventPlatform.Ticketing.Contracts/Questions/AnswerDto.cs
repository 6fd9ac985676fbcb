namespace EventPlatform.Ticketing.Questions;

public sealed record AnswerDto(Guid QuestionId, string Label, string? Value);
