using EventPlatform.Identity.Data;
using EventPlatform.Platform.Blobs;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Organizations;

public sealed class OrganizationBrandingProvider(IdentityModuleDbContext db, CurrentMember caller, IBlobContainer<OrganizationLogos> logos)
    : IOrganizationBrandingProvider
{
    public async Task<OrganizationBrandingDto> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        var id = caller.OrganizationId;
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id, cancellationToken);
        var branding = await db.OrganizationBrandings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var logoUrl = branding?.LogoBlobName is { } blob
            ? (await logos.GetDownloadUrlAsync(blob, OrganizationSettingsAppService.LogoUrlLifetime, cancellationToken)).ToString()
            : null;
        return new OrganizationBrandingDto(
            organization.Name,
            organization.Slug,
            branding?.PrimaryColor,
            branding?.AccentColor,
            logoUrl,
            branding?.TermsOfService,
            branding?.PrivacyPolicy,
            branding?.TimeZone ?? OrganizationConsts.DefaultTimeZone,
            branding?.Currency ?? OrganizationConsts.DefaultCurrency,
            branding?.Language ?? OrganizationConsts.DefaultLanguage);
    }
}
