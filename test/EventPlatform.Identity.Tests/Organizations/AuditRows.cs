using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Organizations;

public static class AuditRows
{
    /// <summary>The security event names written for the organization (entity key = its id), inside that organization.</summary>
    public static Task<List<string>> ActionsForAsync(EventPlatformFactory factory, Guid organization) =>
        factory.InTenantAsync(organization, sp => sp.GetRequiredService<PlatformDbContext>().Set<AuditLogEntry>()
            .Where(a => a.EntityKey == organization.ToString()).Select(a => a.Action).ToListAsync());
}
