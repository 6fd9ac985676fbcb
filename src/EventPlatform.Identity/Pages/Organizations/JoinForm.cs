namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>The new account of someone who arrives by an invitation link without one.</summary>
public sealed class JoinForm
{
    public string? DisplayName { get; set; }

    public string? Password { get; set; }
}
