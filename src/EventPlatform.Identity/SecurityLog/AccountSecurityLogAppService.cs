using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace EventPlatform.Identity.SecurityLog;

[Authorize]
public sealed class AccountSecurityLogAppService(SecurityEventReader reader, CurrentAccount account) : IAccountSecurityLogAppService
{
    public async Task<PagedResult<SecurityEventDto>> GetListAsync(PagedRequest input)
    {
        var key = account.Id.ToString();
        // The user's events were stamped with whichever organization was selected at the time: this one purpose-built
        // read crosses organizations, and only for rows about this very account.
        using (CurrentTenant.HostScope())
        {
            return await reader.PageAsync(
                reader.Events.Where(e => e.Entity == SecurityActions.UserEntity && e.EntityKey == key),
                input);
        }
    }
}
