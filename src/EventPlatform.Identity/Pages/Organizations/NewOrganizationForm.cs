namespace EventPlatform.Identity.Pages.Organizations;

public sealed class NewOrganizationForm
{
    public string? Name { get; set; }

    public string? Slug { get; set; }
}
