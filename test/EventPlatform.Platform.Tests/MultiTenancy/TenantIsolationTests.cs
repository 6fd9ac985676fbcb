using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventPlatform.Platform.Tests.MultiTenancy;

[Collection(PlatformCollection.Name)]
public sealed class TenantIsolationTests(PlatformTestFactory factory)
{
    private async Task<Guid> AddNoteAsync(Guid tenant, string text) =>
        await factory.InTenantAsync(tenant, async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            var note = new Note(text);
            db.Notes.Add(note);
            await db.SaveChangesAsync();
            return note.Id;
        });

    private Task<List<Note>> ReadAllWithoutEfFilterAsync(Guid? tenant) =>
        factory.InTenantAsync(tenant, async sp =>
        {
            using (DataFilter.Disable(DataFilters.Tenant))
            {
                return await sp.GetRequiredService<TestDbContext>().Notes.AsNoTracking().ToListAsync();
            }
        });

    [Fact]
    public async Task Should_stamp_the_current_tenant_on_insert()
    {
        var id = await AddNoteAsync(TestData.OrgA, "stamped");

        var note = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TestDbContext>().Notes.SingleAsync(n => n.Id == id));

        note.TenantId.ShouldBe(TestData.OrgA);
    }

    [Fact]
    public async Task Should_hide_other_tenants_rows_through_the_ef_filter()
    {
        var mine = await AddNoteAsync(TestData.OrgA, "a");
        var theirs = await AddNoteAsync(TestData.OrgB, "b");

        var ids = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TestDbContext>().Notes.Select(n => n.Id).ToListAsync());

        ids.ShouldContain(mine);
        ids.ShouldNotContain(theirs);
    }

    [Fact]
    public async Task Should_still_return_only_the_current_tenants_rows_when_the_ef_filter_is_off()
    {
        var mine = await AddNoteAsync(TestData.OrgA, "a");
        var theirs = await AddNoteAsync(TestData.OrgB, "b");

        var notes = await ReadAllWithoutEfFilterAsync(TestData.OrgA);

        notes.Select(n => n.Id).ShouldContain(mine);
        notes.Select(n => n.Id).ShouldNotContain(theirs);
        notes.ShouldAllBe(n => n.TenantId == TestData.OrgA);
    }

    [Fact]
    public async Task Should_return_no_rows_without_a_tenant_even_when_the_ef_filter_is_off()
    {
        await AddNoteAsync(TestData.OrgA, "a");
        await AddNoteAsync(TestData.OrgB, "b");

        var notes = await ReadAllWithoutEfFilterAsync(null);

        notes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_return_every_tenants_rows_only_inside_an_explicit_host_scope()
    {
        var a = await AddNoteAsync(TestData.OrgA, "a");
        var b = await AddNoteAsync(TestData.OrgB, "b");

        await using var scope = factory.Services.CreateAsyncScope();
        List<Guid> ids;
        using (CurrentTenant.HostScope())
        {
            ids = await scope.ServiceProvider.GetRequiredService<TestDbContext>().Notes.Select(n => n.Id).ToListAsync();
        }

        ids.ShouldContain(a);
        ids.ShouldContain(b);
    }

    [Fact]
    public async Task Should_not_leak_the_tenant_to_the_next_user_of_a_pooled_connection()
    {
        await AddNoteAsync(TestData.OrgA, "a");
        (await ReadAllWithoutEfFilterAsync(TestData.OrgA)).ShouldNotBeEmpty();

        // The same pool hands the connection on; without a tenant nothing may be visible.
        for (var i = 0; i < 5; i++)
        {
            (await ReadAllWithoutEfFilterAsync(null)).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task Should_clear_the_tenant_but_keep_prepared_statements_when_a_connection_returns_to_the_pool()
    {
        // One connection in the pool, so the second open gets the connection the first one used.
        await using var holder = NpgsqlDataSourceHolder.For(factory.Database.AppConnectionString + ";Maximum Pool Size=1");
        await using (var first = await holder.DataSource.OpenConnectionAsync())
        {
            await using var set = new NpgsqlCommand($"SET app.tenant_id = '{TestData.OrgA:D}'", first);
            await set.ExecuteNonQueryAsync();
            for (var i = 0; i < 3; i++)
            {
                await using var query = new NpgsqlCommand("SELECT count(*) FROM kernel_tests.notes WHERE id <> @id", first);
                query.Parameters.AddWithValue("id", Guid.NewGuid());
                await query.ExecuteScalarAsync();
            }

            (await ScalarAsync(first, "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM kernel' || '_tests.notes%'")).ShouldBe(1L);
        }

        await using var next = await holder.DataSource.OpenConnectionAsync();
        (await ScalarAsync(next, "SELECT coalesce(current_setting('app.tenant_id', true), '')")).ShouldBe("");
        (await ScalarAsync(next, "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%FROM kernel' || '_tests.notes%'")).ShouldBe(1L);
    }

    [Fact]
    public async Task Should_respect_an_explicit_auto_prepare_setting()
    {
        await using var defaults = NpgsqlDataSourceHolder.For("Host=127.0.0.1;Database=x");
        new NpgsqlConnectionStringBuilder(defaults.DataSource.ConnectionString).MaxAutoPrepare.ShouldBe(NpgsqlDataSourceHolder.DefaultMaxAutoPrepare);
        await using var off = NpgsqlDataSourceHolder.For("Host=127.0.0.1;Database=x;Max Auto Prepare=0");
        new NpgsqlConnectionStringBuilder(off.DataSource.ConnectionString).MaxAutoPrepare.ShouldBe(0);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task Should_follow_a_tenant_change_on_an_open_connection()
    {
        await AddNoteAsync(TestData.OrgA, "a");
        await AddNoteAsync(TestData.OrgB, "b");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TestDbContext>();
        await db.Database.OpenConnectionAsync();
        var tenant = new CurrentTenant();

        using (DataFilter.Disable(DataFilters.Tenant))
        {
            List<Note> a, b;
            using (tenant.Change(TestData.OrgA)) a = await db.Notes.AsNoTracking().ToListAsync();
            using (tenant.Change(TestData.OrgB)) b = await db.Notes.AsNoTracking().ToListAsync();

            a.ShouldAllBe(n => n.TenantId == TestData.OrgA);
            b.ShouldAllBe(n => n.TenantId == TestData.OrgB);
            b.ShouldNotBeEmpty();
        }
    }

    [Fact]
    public async Task Should_refuse_to_save_an_entity_for_another_tenant()
    {
        var exception = await Should.ThrowAsync<TenantMismatchException>(() => factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            db.Notes.Add(new Note("smuggled", TestData.OrgB));
            await db.SaveChangesAsync();
        }));

        exception.Message.ShouldContain("another tenant");
    }

    [Fact]
    public async Task Should_refuse_to_save_a_tenant_entity_without_a_tenant()
    {
        await Should.ThrowAsync<TenantMismatchException>(() => factory.InTenantAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            db.Notes.Add(new Note("orphan"));
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Should_refuse_at_the_database_a_row_written_for_another_tenant()
    {
        var exception = await Should.ThrowAsync<PostgresException>(() => factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<TestDbContext>();
            // Past the kernel's checks, straight to SQL: row-level security must still refuse it.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO kernel_tests.notes (id, tenant_id, text, created_at, is_deleted) VALUES ({Guid.CreateVersion7()}, {TestData.OrgB}, 'raw', now(), false)");
        }));

        exception.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        exception.MessageText.ShouldContain("row-level security");
    }

    [Fact]
    public async Task Should_not_update_another_tenants_rows_with_raw_sql()
    {
        var theirs = await AddNoteAsync(TestData.OrgB, "untouched");

        var affected = await factory.InTenantAsync(TestData.OrgA, sp =>
            sp.GetRequiredService<TestDbContext>().Database.ExecuteSqlInterpolatedAsync($"UPDATE kernel_tests.notes SET text = 'changed' WHERE id = {theirs}"));

        affected.ShouldBe(0);
        var text = await factory.InTenantAsync(TestData.OrgB, sp => sp.GetRequiredService<TestDbContext>().Notes.Where(n => n.Id == theirs).Select(n => n.Text).SingleAsync());
        text.ShouldBe("untouched");
    }
}
