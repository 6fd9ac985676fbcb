namespace EventPlatform.Identity.Organizations;

/// <summary>An organization's branding for its public pages and e-mails; read inside that organization.</summary>
public interface IOrganizationBrandingProvider
{
    /// <summary>The branding of the current organization, or defaults when it has set none.</summary>
    Task<OrganizationBrandingDto> GetCurrentAsync(CancellationToken cancellationToken = default);
}
