namespace EventPlatform.Ticketing.Questions;

/// <summary>
/// An answer to a custom question. Text and Date: the text (dates as yyyy-MM-dd); Choice: one of the options;
/// Checkbox: "true" or "false"; File: the blob name returned by the upload endpoint.
/// </summary>
public sealed record AnswerInput(Guid QuestionId, string? Value);
