using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Organizations;

/// <summary>The current organization's name, branding and defaults (permission <see cref="IdentityPermissions.Organization.Manage"/>).</summary>
public interface IOrganizationSettingsAppService : IApplicationService
{
    Task<OrganizationSettingsDto> GetAsync();

    Task<OrganizationSettingsDto> UpdateAsync(UpdateOrganizationSettingsInput input);

    /// <summary>Removes the logo; the public page falls back to the monogram.</summary>
    Task DeleteLogoAsync();
}
