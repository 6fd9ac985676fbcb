using EventPlatform.Platform.Data;
using Hangfire.PostgreSql;
using Npgsql;

namespace EventPlatform.Platform.Jobs;

/// <summary>
/// Installs or upgrades Hangfire's tables in schema <c>hangfire</c> as the owner role; at runtime Hangfire
/// connects as the application role with plain DML grants (see <see cref="DatabaseSecurity"/>).
/// </summary>
public sealed class HangfireSchemaInstaller : IDatabaseInstaller
{
    public async Task InstallAsync(NpgsqlConnection ownerConnection, CancellationToken cancellationToken)
    {
        PostgreSqlObjectsInstaller.Install(ownerConnection, JobsOptions.Schema);
        // Hangfire's scripts SET search_path on the session; later installers must not inherit it.
        await using var reset = new NpgsqlCommand("RESET search_path", ownerConnection);
        await reset.ExecuteNonQueryAsync(cancellationToken);
    }
}
