namespace EventPlatform.Identity.Accounts;

/// <summary>The user id and token from the reset link (token base64url-encoded) and the new password.</summary>
public sealed record ResetPasswordDto
{
    public Guid UserId { get; init; }

    public string Token { get; init; } = "";

    public string Password { get; init; } = "";
}
