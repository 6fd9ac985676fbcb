using System.Text.Json;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Auditing;

[Collection(PlatformCollection.Name)]
public sealed class SecurityEventTests(PlatformTestFactory factory)
{
    [Fact]
    public async Task Should_append_a_security_event_with_its_details_to_the_tenants_audit_log()
    {
        var key = Guid.CreateVersion7().ToString();
        await factory.InTenantAsync(TestData.OrgB, sp =>
            sp.GetRequiredService<IAuditLog>().WriteAsync("RoleChanged", "identity.memberships", key, new { from = "Staff", to = "Admin" }));

        var row = await factory.InTenantAsync(TestData.OrgB, sp =>
            sp.GetRequiredService<PlatformDbContext>().Set<AuditLogEntry>().SingleAsync(a => a.EntityKey == key));
        var invisibleToA = await factory.InTenantAsync(TestData.OrgA, sp =>
            sp.GetRequiredService<PlatformDbContext>().Set<AuditLogEntry>().AnyAsync(a => a.EntityKey == key));

        row.Action.ShouldBe("RoleChanged");
        row.TenantId.ShouldBe(TestData.OrgB);
        JsonDocument.Parse(row.Changes!).RootElement.GetProperty("to").GetString().ShouldBe("Admin");
        invisibleToA.ShouldBeFalse();
    }
}
