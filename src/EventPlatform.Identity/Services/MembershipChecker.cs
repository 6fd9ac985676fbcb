using EventPlatform.Identity.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Services;

public sealed class MembershipChecker(IdentityModuleDbContext db, ICurrentTenant currentTenant) : ITenantMembershipChecker
{
    public async Task<bool> IsMemberAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default)
    {
        // Inside the organization asked for, so row-level security checks it too.
        using (currentTenant.Change(tenantId))
        {
            return await db.Memberships.AnyAsync(m => m.UserId == userId, cancellationToken);
        }
    }
}
