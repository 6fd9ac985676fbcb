namespace EventPlatform.Identity.Accounts;

public sealed record RegisterDto
{
    public string DisplayName { get; init; } = "";

    public string Email { get; init; } = "";

    public string Password { get; init; } = "";

    /// <summary>Opt-in to product news by e-mail; recorded as a consent.</summary>
    public bool MarketingEmails { get; init; }
}
