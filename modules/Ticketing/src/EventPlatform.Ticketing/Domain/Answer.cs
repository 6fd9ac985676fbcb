namespace EventPlatform.Ticketing.Domain;

/// <summary>An answer to a custom question, kept with the label it had when answered. Stored as JSON in its order or ticket.</summary>
public sealed record Answer(Guid QuestionId, string Label, string? Value);
