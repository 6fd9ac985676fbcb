using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace EventPlatform.Identity.SecurityLog;

[Authorize(IdentityPermissions.SecurityLog.Read)]
public sealed class OrganizationSecurityLogAppService(SecurityEventReader reader, ICurrentTenant currentTenant) : IOrganizationSecurityLogAppService
{
    public async Task<PagedResult<SecurityEventDto>> GetListAsync(PagedRequest input)
    {
        var tenant = currentTenant.Id ?? throw new BusinessException(PlatformErrorCodes.TenantRequired, StatusCodes.Status400BadRequest);
        // Row-level security limits the rows to the organization as well; the filter states it.
        return await reader.PageAsync(reader.Events.Where(e => e.TenantId == tenant), input);
    }
}
