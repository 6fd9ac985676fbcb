namespace EventPlatform.Identity.Organizations;

public sealed record UpdateOrganizationSettingsInput(
    string Name,
    string? PrimaryColor,
    string? AccentColor,
    string? TermsOfService,
    string? PrivacyPolicy,
    string TimeZone,
    string Currency,
    string Language);
