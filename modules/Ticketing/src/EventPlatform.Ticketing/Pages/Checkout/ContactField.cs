namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>A buyer or attendee input with its label, HTML5 rules and the server's error for it.</summary>
public sealed record ContactField(string Name, string Label, string? Value, string? Error, string Type = "text", bool Required = true,
    int? MaxLength = null, string? Pattern = null, string? AutoComplete = null, string? Hint = null, string? CopyFrom = null)
{
    /// <summary>E.164, the rule the order manager applies (<c>ContactRules.IsPhone</c>).</summary>
    public const string PhonePattern = @"^\+[1-9][0-9]{1,14}$";

    public string Id => CheckoutErrors.ErrorId(Name)[4..];

    public string ErrorId => CheckoutErrors.ErrorId(Name);

    public string? DescribedBy => string.Join(' ', new[] { Hint is null ? null : Id + "-hint", Error is null ? null : ErrorId }.Where(s => s is not null))
        is { Length: > 0 } ids ? ids : null;
}
