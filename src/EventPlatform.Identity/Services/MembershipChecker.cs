using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Caching;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Services;

/// <summary>A member's role in an organization, kept by <see cref="MembershipRoleCache"/>; a hit touches no DbContext.</summary>
public sealed class MembershipChecker(IServiceProvider services, ICurrentTenant currentTenant, MembershipRoleCache cache) : ITenantMembershipChecker
{
    public Task<string?> FindRoleAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default) =>
        cache.GetAsync(userId, tenantId, () => LoadAsync(userId, tenantId, cancellationToken));

    private async Task<string?> LoadAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken)
    {
        // Inside the organization asked for, so row-level security checks it too.
        using (currentTenant.Change(tenantId))
        {
            return await services.GetRequiredService<IdentityModuleDbContext>().Memberships.AsNoTracking()
                .Where(m => m.UserId == userId)
                .Select(m => m.Role)
                .FirstOrDefaultAsync(cancellationToken);
        }
    }
}

/// <summary>
/// The role is asked for on every signed-in request (the tenant middleware), so answers are kept for
/// <see cref="Lifetime"/>. Saving a membership (a new member, a role change, a removal, an erased account) forgets it at
/// once in this process; other nodes apply the change within the lifetime, as they do a revoked API token. Non-members
/// are never kept, so asking about other organizations cannot fill the cache.
/// </summary>
public sealed class MembershipRoleCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private readonly SavedEntityCache<Membership, (Guid User, Guid Tenant), string> roles =
        new(Lifetime, time, capacity: 50_000, membership => [(membership.UserId, membership.TenantId)]);

    public Task<string?> GetAsync(Guid userId, Guid tenantId, Func<Task<string?>> load) => roles.GetOrLoadAsync((userId, tenantId), load);

    public void Dispose() => roles.Dispose();
}
