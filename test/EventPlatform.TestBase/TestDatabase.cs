using Npgsql;

namespace EventPlatform.TestBase;

/// <summary>
/// A fresh PostgreSQL database per test assembly on the test cluster started by <c>etc/scripts/test.sh</c>
/// (<c>EP_TEST_PG_ADMIN</c>, a superuser connection string). It is owned by the owner role; the host
/// connects as the application role, as in production.
/// </summary>
public sealed class TestDatabase
{
    public const string OwnerRole = "eventplatform";
    public const string AppRole = "eventplatform_app";

    private TestDatabase(string name, NpgsqlConnectionStringBuilder admin)
    {
        Name = name;
        Admin = admin;
    }

    public string Name { get; }

    private NpgsqlConnectionStringBuilder Admin { get; }

    public string AdminConnectionString => new NpgsqlConnectionStringBuilder(Admin.ConnectionString) { Database = Name }.ConnectionString;

    public string OwnerConnectionString => For(OwnerRole);

    public string AppConnectionString => For(AppRole);

    public static async Task<TestDatabase> CreateAsync(string name)
    {
        var adminConnectionString = Environment.GetEnvironmentVariable("EP_TEST_PG_ADMIN")
            ?? "Host=127.0.0.1;Port=25433;Username=postgres;Password=postgres";
        var admin = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = "postgres", Pooling = false };
        var database = new TestDatabase(name, admin);
        try
        {
            await database.RecreateAsync();
        }
        catch (NpgsqlException exception)
        {
            throw new InvalidOperationException(
                $"The test PostgreSQL at {admin.Host}:{admin.Port} is not reachable. Run the tests with etc/scripts/test.sh, which starts it, or set EP_TEST_PG_ADMIN.",
                exception);
        }

        return database;
    }

    private string For(string role) => new NpgsqlConnectionStringBuilder
    {
        Host = Admin.Host,
        Port = Admin.Port,
        Database = Name,
        Username = role,
        Password = role,
        MaxPoolSize = 50,
    }.ConnectionString;

    private async Task RecreateAsync()
    {
        await using var connection = new NpgsqlConnection(Admin.ConnectionString);
        await connection.OpenAsync();
        await Execute(connection, $"""
            DO $$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{OwnerRole}') THEN
                CREATE ROLE {OwnerRole} LOGIN PASSWORD '{OwnerRole}' CREATEDB;
              END IF;
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{AppRole}') THEN
                CREATE ROLE {AppRole} LOGIN PASSWORD '{AppRole}' NOSUPERUSER NOBYPASSRLS NOCREATEDB;
              END IF;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- another test assembly created it first
            END $$;
            """);
        await Execute(connection, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        await Execute(connection, $"CREATE DATABASE \"{Name}\" OWNER {OwnerRole}");
        await Execute(connection, $"GRANT CONNECT ON DATABASE \"{Name}\" TO {AppRole}");

        await using var inDatabase = new NpgsqlConnection(AdminConnectionString);
        await inDatabase.OpenAsync();
        await Execute(inDatabase, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
