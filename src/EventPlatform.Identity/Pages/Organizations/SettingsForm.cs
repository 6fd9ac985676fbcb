namespace EventPlatform.Identity.Pages.Organizations;

public sealed class SettingsForm
{
    public string? Name { get; set; }

    public string? PrimaryColor { get; set; }

    public string? AccentColor { get; set; }

    public string? TermsOfService { get; set; }

    public string? PrivacyPolicy { get; set; }

    public string? TimeZone { get; set; }

    public string? Currency { get; set; }

    public string? Language { get; set; }
}
