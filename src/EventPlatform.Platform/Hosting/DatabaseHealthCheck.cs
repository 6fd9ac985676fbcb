using EventPlatform.Platform.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EventPlatform.Platform.Hosting;

/// <summary>Ready when PostgreSQL answers on the application role's connection.</summary>
public sealed class DatabaseHealthCheck(NpgsqlDataSourceHolder holder) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = holder.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Npgsql.NpgsqlException exception)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL is not reachable.", exception);
        }
    }
}
