namespace EventPlatform.Identity.Accounts;

/// <summary>The user id and token from the confirmation link (token base64url-encoded, as in the link).</summary>
public sealed record ConfirmEmailDto
{
    public Guid UserId { get; init; }

    public string Token { get; init; } = "";
}
