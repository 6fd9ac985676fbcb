using EventPlatform.Platform.Data;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventPlatform.Platform.Tests.MultiTenancy;

/// <summary>Reads PostgreSQL's catalog: every tenant table is protected, and the app role cannot get around it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DatabaseCatalogTests(PlatformTestFactory factory)
{
    private async Task<List<T>> QueryAsync<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        await using var connection = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    [Fact]
    public async Task Should_enable_and_force_row_level_security_with_a_policy_on_every_table_with_a_tenant_id()
    {
        var tables = await QueryAsync("""
            SELECT c.oid::regclass::text, c.relrowsecurity, c.relforcerowsecurity,
                   EXISTS (SELECT FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
            FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            """, r => (Table: r.GetString(0), Enabled: r.GetBoolean(1), Forced: r.GetBoolean(2), HasPolicy: r.GetBoolean(3)));

        tables.Select(t => t.Table).ShouldContain("platform.audit_log");
        tables.Select(t => t.Table).ShouldContain("identity.memberships");
        tables.Select(t => t.Table).ShouldContain("kernel_tests.notes");
        tables.Where(t => !t.Enabled || !t.Forced || !t.HasPolicy).Select(t => t.Table).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_connect_the_app_as_a_role_that_is_not_owner_superuser_or_bypassrls()
    {
        var role = (await QueryAsync(
            $"SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = '{TestDatabase.AppRole}'",
            r => (Super: r.GetBoolean(0), Bypass: r.GetBoolean(1), CreateRole: r.GetBoolean(2), CreateDb: r.GetBoolean(3)))).Single();
        var ownedTables = (await QueryAsync(
            $"SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = '{TestDatabase.AppRole}'",
            r => r.GetInt64(0))).Single();

        role.ShouldBe((false, false, false, false));
        ownedTables.ShouldBe(0);
        new NpgsqlConnectionStringBuilder(factory.Database.AppConnectionString).Username.ShouldBe(TestDatabase.AppRole);
    }

    [Fact]
    public async Task Should_migrate_again_without_waiting_for_a_transaction_that_reads_a_tenant_table()
    {
        // A second web node starts while the first is serving: its migration pass must not need an exclusive lock.
        await using var reader = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await reader.OpenAsync();
        await using var transaction = await reader.BeginTransactionAsync();
        await using (var read = new NpgsqlCommand("SELECT count(*) FROM kernel_tests.notes", reader, transaction))
        {
            await read.ExecuteScalarAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await factory.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(seed: false, timeout.Token);

        timeout.IsCancellationRequested.ShouldBeFalse();
    }
}
