namespace EventPlatform.Identity.Organizations;

public sealed record OrganizationBrandingDto(
    string Name,
    string Slug,
    string? PrimaryColor,
    string? AccentColor,
    string? LogoUrl,
    string? TermsOfService,
    string? PrivacyPolicy,
    string TimeZone,
    string Currency,
    string Language);
