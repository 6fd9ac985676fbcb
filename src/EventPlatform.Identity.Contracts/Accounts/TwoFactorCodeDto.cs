namespace EventPlatform.Identity.Accounts;

public sealed record TwoFactorCodeDto
{
    /// <summary>The six-digit code the authenticator app shows (spaces and hyphens are ignored).</summary>
    public string Code { get; init; } = "";
}
