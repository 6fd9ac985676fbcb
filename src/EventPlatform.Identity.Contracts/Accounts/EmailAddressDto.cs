namespace EventPlatform.Identity.Accounts;

public sealed record EmailAddressDto
{
    public string Email { get; init; } = "";
}
