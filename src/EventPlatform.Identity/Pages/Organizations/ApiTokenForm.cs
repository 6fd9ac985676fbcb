namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>The create form of the API-token page.</summary>
public sealed class ApiTokenForm
{
    public string? Name { get; set; }

    public List<string> Permissions { get; set; } = [];

    public int? ExpiresInDays { get; set; } = 90;
}
