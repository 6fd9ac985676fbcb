using EventPlatform.Identity.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Services;

public sealed class MembershipChecker(IdentityModuleDbContext db, ICurrentTenant currentTenant) : ITenantMembershipChecker
{
    public async Task<string?> FindRoleAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default)
    {
        // Inside the organization asked for, so row-level security checks it too.
        using (currentTenant.Change(tenantId))
        {
            return await db.Memberships.AsNoTracking()
                .Where(m => m.UserId == userId)
                .Select(m => m.Role)
                .FirstOrDefaultAsync(cancellationToken);
        }
    }
}
