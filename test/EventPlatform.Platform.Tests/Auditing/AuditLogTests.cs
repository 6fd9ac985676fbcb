using System.Text.Json;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventPlatform.Platform.Tests.Auditing;

[Collection(PlatformCollection.Name)]
public sealed class AuditLogTests(PlatformTestFactory factory)
{
    private static readonly Guid Editor = Guid.Parse("0195f0a0-0000-7000-8000-0000000000e1");

    private async Task<Guid> CreateAndEditAsync()
    {
        var id = await factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            var note = new Note("before");
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return note.Id;
        });
        using (AmbientContext.Use(new ExecutionInfo(Editor, "203.0.113.7", "corr-42")))
        {
            await factory.InTenantAsync(TestData.OrgA, async sp =>
            {
                var db = sp.GetRequiredService<TestDbContext>();
                (await db.Notes.SingleAsync(n => n.Id == id)).Edit("after");
                await db.SaveChangesAsync();
            });
        }

        return id;
    }

    private Task<List<AuditLogEntry>> AuditRowsAsync(Guid id) =>
        factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<PlatformDbContext>().Set<AuditLogEntry>()
            .Where(a => a.EntityKey == id.ToString()).OrderBy(a => a.CreatedAt).ToListAsync());

    [Fact]
    public async Task Should_record_before_and_after_values_with_user_tenant_ip_and_correlation_id()
    {
        var id = await CreateAndEditAsync();

        var update = (await AuditRowsAsync(id)).Single(a => a.Action == AuditActions.Update);

        update.Entity.ShouldBe("kernel_tests.notes");
        update.TenantId.ShouldBe(TestData.OrgA);
        update.UserId.ShouldBe(Editor);
        update.IpAddress.ShouldBe("203.0.113.7");
        update.CorrelationId.ShouldBe("corr-42");
        var text = JsonDocument.Parse(update.Changes!).RootElement.GetProperty("Text");
        text.GetProperty("before").GetString().ShouldBe("before");
        text.GetProperty("after").GetString().ShouldBe("after");
    }

    [Fact]
    public async Task Should_fill_audit_properties_on_insert_and_update()
    {
        var id = await CreateAndEditAsync();

        var note = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TestDbContext>().Notes.SingleAsync(n => n.Id == id));

        note.CreatedAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1));
        note.ModifiedBy.ShouldBe(Editor);
        note.ModifiedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_soft_delete_hide_the_row_and_log_it()
    {
        var id = await CreateAndEditAsync();
        await factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            db.Notes.Remove(await db.Notes.SingleAsync(n => n.Id == id));
            await db.SaveChangesAsync();
        });

        var visible = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TestDbContext>().Notes.AnyAsync(n => n.Id == id));
        var kept = await factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            using (DataFilter.Disable(DataFilters.SoftDelete))
            {
                return await sp.GetRequiredService<TestDbContext>().Notes.SingleAsync(n => n.Id == id);
            }
        });

        visible.ShouldBeFalse();
        kept.IsDeleted.ShouldBeTrue();
        (await AuditRowsAsync(id)).Select(a => a.Action).ShouldContain(AuditActions.SoftDelete);
    }

    [Theory]
    [InlineData("UPDATE platform.audit_log SET action = 'Tampered'")]
    [InlineData("DELETE FROM platform.audit_log")]
    [InlineData("TRUNCATE platform.audit_log")]
    public async Task Should_refuse_the_app_role_changing_the_audit_log(string sql)
    {
        await CreateAndEditAsync();
        await using var connection = new NpgsqlConnection(factory.Database.AppConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var exception = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        exception.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }
}
