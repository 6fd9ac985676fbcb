namespace EventPlatform.Identity.Accounts;

/// <summary>Configuration section <c>Accounts</c>.</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>
    /// Origin used in e-mailed links, e.g. <c>https://events.example.org</c>. When empty the request's own origin is used,
    /// so set it in production: a forged Host header must not be able to redirect reset links.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Issuer shown by authenticator apps next to the account.</summary>
    public string AuthenticatorIssuer { get; set; } = "EventPlatform";

    public AccountRateLimitOptions RateLimits { get; set; } = new();
}
