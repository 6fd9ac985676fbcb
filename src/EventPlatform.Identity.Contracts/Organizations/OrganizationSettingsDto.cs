namespace EventPlatform.Identity.Organizations;

public sealed record OrganizationSettingsDto(
    Guid Id,
    string Slug,
    string Name,
    string? PrimaryColor,
    string? AccentColor,
    string? TermsOfService,
    string? PrivacyPolicy,
    string TimeZone,
    string Currency,
    string Language,
    string? LogoUrl);
