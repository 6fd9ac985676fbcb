using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Organizations;

[Authorize(IdentityPermissions.Organization.Manage)]
public sealed class OrganizationSettingsAppService(
    IdentityModuleDbContext db,
    CurrentMember caller,
    IBlobContainer<OrganizationLogos> logos,
    ISettingManager settingValues) : IOrganizationSettingsAppService
{
    public static readonly TimeSpan LogoUrlLifetime = TimeSpan.FromHours(12);

    public async Task<OrganizationSettingsDto> GetAsync()
    {
        var (organization, branding) = await LoadAsync();
        return await ToDtoAsync(organization, branding);
    }

    public async Task<OrganizationSettingsDto> UpdateAsync(UpdateOrganizationSettingsInput input)
    {
        var (organization, branding) = await LoadAsync();
        organization.Rename(input.Name);
        branding.ChangeColors(input.PrimaryColor, input.AccentColor);
        branding.ChangeLegalTexts(input.TermsOfService, input.PrivacyPolicy);
        branding.ChangeDefaults(input.TimeZone, input.Currency, input.Language);
        await db.SaveChangesAsync();
        // Other modules read an organization's defaults through the kernel's settings (User -> Tenant -> Global).
        await settingValues.SetForCurrentTenantAsync(PlatformSettings.DefaultTimeZone, branding.TimeZone);
        await settingValues.SetForCurrentTenantAsync(PlatformSettings.DefaultCurrency, branding.Currency);
        await settingValues.SetForCurrentTenantAsync(PlatformSettings.DefaultLanguage, branding.Language);
        return await ToDtoAsync(organization, branding);
    }

    public async Task DeleteLogoAsync()
    {
        var (_, branding) = await LoadAsync();
        if (branding.LogoBlobName is not { } blob) return;
        branding.ChangeLogo(null);
        await db.SaveChangesAsync();
        await logos.DeleteAsync(blob);
    }

    /// <summary>Stores a new logo (checked by <see cref="LogoUpload"/>) and drops the previous one.</summary>
    public async Task ChangeLogoAsync(LogoUpload upload, CancellationToken cancellationToken = default)
    {
        var (_, branding) = await LoadAsync();
        var previous = branding.LogoBlobName;
        var name = $"logo-{Guid.CreateVersion7():N}{upload.Extension}";
        await logos.SaveAsync(name, upload.Content, upload.ContentType, cancellationToken);
        branding.ChangeLogo(name);
        await db.SaveChangesAsync(cancellationToken);
        if (previous is not null) await logos.DeleteAsync(previous, cancellationToken);
    }

    private async Task<(Organization, OrganizationBranding)> LoadAsync()
    {
        var id = caller.OrganizationId;
        var organization = await db.Organizations.SingleAsync(o => o.Id == id);
        var branding = await db.OrganizationBrandings.SingleOrDefaultAsync();
        if (branding is null)
        {
            // Organizations created before branding existed get their row on first use.
            branding = new OrganizationBranding(id);
            db.OrganizationBrandings.Add(branding);
        }

        return (organization, branding);
    }

    private async Task<OrganizationSettingsDto> ToDtoAsync(Organization organization, OrganizationBranding branding) => new(
        organization.Id, organization.Slug, organization.Name, branding.PrimaryColor, branding.AccentColor, branding.TermsOfService,
        branding.PrivacyPolicy, branding.TimeZone, branding.Currency, branding.Language,
        branding.LogoBlobName is { } blob ? (await logos.GetDownloadUrlAsync(blob, LogoUrlLifetime)).ToString() : null);
}
