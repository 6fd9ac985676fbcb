using EventPlatform.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.PlatformConsole;

/// <summary>Members per organization.</summary>
public sealed class MemberUsageProvider(IdentityModuleDbContext db) : IOrganizationUsageProvider
{
    public const string MetricName = "Console:Usage:Members";

    public string Metric => MetricName;

    public async Task<IReadOnlyDictionary<Guid, long>> CountAsync(IReadOnlyCollection<Guid> organizationIds, CancellationToken cancellationToken = default) =>
        await db.Memberships.AsNoTracking()
            .Where(m => organizationIds.Contains(m.TenantId))
            .GroupBy(m => m.TenantId)
            .Select(g => new { Organization = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(x => x.Organization, x => x.Count, cancellationToken);
}
