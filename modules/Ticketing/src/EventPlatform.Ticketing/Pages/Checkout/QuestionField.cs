using EventPlatform.Ticketing.Questions;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <param name="Name">The form field (and ModelState key): <c>Answers[id]</c> or <c>Attendees[0].Answers[id]</c>.</param>
public sealed record QuestionField(QuestionDto Question, string Name, string? Value, string? Error)
{
    /// <summary>Up to this many options show as radio buttons; more as a list box.</summary>
    public const int MaxRadios = 4;

    public string Id => CheckoutErrors.ErrorId(Name)[4..];

    public string ErrorId => CheckoutErrors.ErrorId(Name);

    public string? HelpId => Question.Help is null ? null : Id + "-help";

    public string? DescribedBy => string.Join(' ', new[] { HelpId, Error is null ? null : ErrorId }.Where(s => s is not null)) is { Length: > 0 } ids ? ids : null;
}
