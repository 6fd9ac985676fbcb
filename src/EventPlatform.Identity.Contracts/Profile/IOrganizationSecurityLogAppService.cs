using EventPlatform.Platform.Application;

namespace EventPlatform.Identity.Profile;

/// <summary>
/// The selected organization's security events, newest first (<c>api/identity/organization-security-log</c>);
/// needs <see cref="IdentityPermissions.SecurityLog.Read"/>.
/// </summary>
public interface IOrganizationSecurityLogAppService : IApplicationService
{
    Task<PagedResult<SecurityEventDto>> GetListAsync(PagedRequest input);
}
