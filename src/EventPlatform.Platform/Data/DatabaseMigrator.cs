using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventPlatform.Platform.Data;

/// <summary>Something that must exist in the database besides EF migrations (e.g. Hangfire's schema); runs as the owner role.</summary>
public interface IDatabaseInstaller
{
    Task InstallAsync(NpgsqlConnection ownerConnection, CancellationToken cancellationToken);
}

/// <summary>Seeds data after migration, as the application role (so seeds obey row-level security too).</summary>
public interface IDataSeeder
{
    int Order => 100;

    Task SeedAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Brings the database up to date: every module's migrations and installers as the owner role, then
/// <see cref="DatabaseSecurity"/>, then the seeders as the application role.
/// </summary>
public sealed class DatabaseMigrator(
    IConfiguration configuration,
    IEnumerable<ModuleDatabase> databases,
    IEnumerable<IDatabaseInstaller> installers,
    IServiceScopeFactory scopeFactory,
    ILogger<DatabaseMigrator> logger)
{
    /// <summary>Session advisory lock held while migrating; released when its connection closes.</summary>
    private const long MigrationLockKey = 0x45_76_65_6E_74_50_6C_74;

    public async Task MigrateAsync(bool seed = true, CancellationToken cancellationToken = default)
    {
        var ownerConnectionString = configuration.GetRequiredConnectionString(ConnectionStringNames.Migrations);
        var appRole = new NpgsqlConnectionStringBuilder(configuration.GetRequiredConnectionString(ConnectionStringNames.Default)).Username
            ?? throw new InvalidOperationException("ConnectionStrings:Default names no user.");
        if (appRole == new NpgsqlConnectionStringBuilder(ownerConnectionString).Username)
        {
            throw new InvalidOperationException("The application must not connect as the owner role: row-level security would not hold.");
        }

        await using (var ownerSource = NpgsqlDataSource.Create(ownerConnectionString))
        {
            // Two web nodes starting together must not migrate at once: the second waits, then finds nothing to do.
            await using var lockConnection = await ownerSource.OpenConnectionAsync(cancellationToken);
            await ExecuteAsync(lockConnection, $"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            try
            {
                foreach (var database in databases.DistinctBy(d => d.ContextType).OrderBy(d => d.Order))
                {
                    logger.LogInformation("Migrating {Context} (schema {Schema})", database.ContextType.Name, database.Schema);
                    await using var context = CreateContext(database, ownerSource);
                    await context.Database.MigrateAsync(cancellationToken);
                }

                await using var connection = await ownerSource.OpenConnectionAsync(cancellationToken);
                foreach (var installer in installers)
                {
                    await installer.InstallAsync(connection, cancellationToken);
                }

                await DatabaseSecurity.ApplyAsync(connection, appRole, cancellationToken);
            }
            finally
            {
                await ExecuteAsync(lockConnection, $"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }

        if (seed)
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>().OrderBy(s => s.Order))
            {
                await seeder.SeedAsync(cancellationToken);
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbContext CreateContext(ModuleDatabase database, NpgsqlDataSource dataSource)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(database.ContextType))!;
        DataServiceCollectionExtensions.Configure(builder, dataSource, database.Schema);
        return (DbContext)Activator.CreateInstance(database.ContextType, builder.Options)!;
    }
}
