using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventPlatform.Platform.Tests.MultiTenancy;

/// <summary>Statements sent past EF Core (<see cref="DirectSql"/>) get the tenant, and row-level security, as EF's own do.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DirectSqlTests(PlatformTestFactory factory)
{
    private static readonly PositionalSql CountSql = new("SELECT count(*), count(*) FILTER (WHERE tenant_id <> @tenant) FROM kernel_tests.notes WHERE text = @text");

    private static readonly PositionalSql FailingSql = new("SELECT 1 / (count(*) - count(*)) FROM kernel_tests.notes WHERE text = @text");

    private readonly string _text = $"direct {Guid.NewGuid():N}";

    private async Task AddNoteAsync(Guid tenant) =>
        await factory.InTenantAsync(tenant, async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            db.Notes.Add(new Note(_text));
            await db.SaveChangesAsync();
        });

    /// <summary>The notes with this test's text that the statement sees: all, and those of another tenant than <paramref name="tenant"/>.</summary>
    private Task<(long All, long Others)> CountAsync(TestDbContext db, Guid tenant) =>
        db.Database.QueryRowAsync(CountSql, [new NpgsqlParameter("tenant", tenant), new NpgsqlParameter("text", _text)],
            row => (row.GetInt64(0), row.GetInt64(1)), CancellationToken.None);

    [Fact]
    public async Task Should_see_only_the_current_tenants_rows()
    {
        await AddNoteAsync(TestData.OrgA);
        await AddNoteAsync(TestData.OrgB);
        await AddNoteAsync(TestData.OrgB);

        var seen = await factory.InTenantAsync(TestData.OrgB, sp => CountAsync(sp.GetRequiredService<TestDbContext>(), TestData.OrgB));

        seen.ShouldBe((2, 0));
    }

    [Fact]
    public async Task Should_follow_a_tenant_change_on_an_open_connection_and_send_the_tenant_again_after_a_failed_statement()
    {
        await AddNoteAsync(TestData.OrgA);
        await AddNoteAsync(TestData.OrgB);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        await db.Database.OpenConnectionAsync();
        var tenant = new CurrentTenant();

        using (tenant.Change(TestData.OrgA)) (await CountAsync(db, TestData.OrgA)).ShouldBe((1, 0));
        using (tenant.Change(TestData.OrgB))
        {
            // The failure rolls back the statement's implicit transaction, and with it the tenant the batch carried: the
            // connection is back on organization A, and the next statement must not trust that B was applied.
            await Should.ThrowAsync<PostgresException>(() => db.Database.QueryRowAsync(FailingSql, [new NpgsqlParameter("text", _text)],
                row => row.GetInt32(0), CancellationToken.None));
            (await CountAsync(db, TestData.OrgB)).ShouldBe((1, 0));
        }

        using (tenant.Change(null)) (await CountAsync(db, TestData.OrgB)).ShouldBe((0, 0));
        // EF's own commands on the same connection still find the tenant the direct statements left.
        using (tenant.Change(TestData.OrgA)) (await db.Notes.CountAsync(n => n.Text == _text)).ShouldBe(1);
    }
}
