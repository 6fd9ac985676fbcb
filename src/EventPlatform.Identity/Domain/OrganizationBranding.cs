using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Identity.Domain;

/// <summary>An organization's look and defaults, applied to its public pages and e-mails. One row per organization (its id).</summary>
public sealed class OrganizationBranding : AuditedEntity, IMultiTenant
{
    private OrganizationBranding()
    {
    }

    public OrganizationBranding(Guid organizationId)
    {
        Id = organizationId;
        TenantId = organizationId;
    }

    public Guid TenantId { get; private set; }

    public string? PrimaryColor { get; private set; }

    public string? AccentColor { get; private set; }

    public string? TermsOfService { get; private set; }

    public string? PrivacyPolicy { get; private set; }

    public string TimeZone { get; private set; } = OrganizationConsts.DefaultTimeZone;

    public string Currency { get; private set; } = OrganizationConsts.DefaultCurrency;

    public string Language { get; private set; } = OrganizationConsts.DefaultLanguage;

    /// <summary>Blob name of the logo in the organization's logo container.</summary>
    public string? LogoBlobName { get; private set; }

    public void ChangeColors(string? primary, string? accent)
    {
        PrimaryColor = ValidColor(primary);
        AccentColor = ValidColor(accent);
    }

    public void ChangeLegalTexts(string? termsOfService, string? privacyPolicy)
    {
        TermsOfService = LegalText(termsOfService);
        PrivacyPolicy = LegalText(privacyPolicy);
    }

    public void ChangeDefaults(string timeZone, string currency, string language)
    {
        TimeZone = BrandingRules.IsTimeZone(timeZone) ? timeZone : throw new BusinessException(IdentityErrorCodes.InvalidTimeZone).WithData("value", timeZone);
        var code = currency?.Trim().ToUpperInvariant();
        Currency = BrandingRules.IsCurrency(code) ? code! : throw new BusinessException(IdentityErrorCodes.InvalidCurrency).WithData("value", currency);
        Language = BrandingRules.IsLanguage(language) ? language : throw new BusinessException(IdentityErrorCodes.InvalidLanguage).WithData("value", language);
    }

    public void ChangeLogo(string? blobName) => LogoBlobName = blobName;

    private static string? ValidColor(string? color)
    {
        var value = string.IsNullOrWhiteSpace(color) ? null : color.Trim().ToLowerInvariant();
        return BrandingRules.IsColor(value) ? value : throw new BusinessException(IdentityErrorCodes.InvalidColor).WithData("value", color);
    }

    private static string? LegalText(string? text)
    {
        var value = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return value is null || value.Length <= OrganizationConsts.MaxLegalTextLength
            ? value
            : throw new ArgumentException("The text is too long.", nameof(text));
    }
}
