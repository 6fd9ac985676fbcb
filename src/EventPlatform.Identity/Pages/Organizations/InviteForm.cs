namespace EventPlatform.Identity.Pages.Organizations;

public sealed class InviteForm
{
    public string? Email { get; set; }

    public string? Role { get; set; }
}
