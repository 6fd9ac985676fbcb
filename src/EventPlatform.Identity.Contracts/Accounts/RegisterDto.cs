namespace EventPlatform.Identity.Accounts;

public sealed record RegisterDto
{
    public string DisplayName { get; init; } = "";

    public string Email { get; init; } = "";

    public string Password { get; init; } = "";
}
