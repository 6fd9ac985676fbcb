using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Gdpr;

public static class AuditRows
{
    /// <summary>The audit rows about <paramref name="entityKey"/>, across every organization.</summary>
    public static Task<List<AuditLogEntry>> ForAsync(EventPlatformFactory factory, string entityKey) =>
        factory.InTenantAsync(null, async sp =>
        {
            using (CurrentTenant.HostScope())
            {
                return await sp.GetRequiredService<PlatformDbContext>().Set<AuditLogEntry>().AsNoTracking()
                    .Where(a => a.EntityKey == entityKey)
                    .OrderBy(a => a.CreatedAt)
                    .ToListAsync();
            }
        });
}
