using Hangfire;
using Hangfire.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EventPlatform.Platform.Jobs;

/// <summary>
/// Runs this process's Hangfire server. It starts only once the migrator has installed Hangfire's schema and
/// granted the application role access to it, so a node started before <c>migrate</c> waits instead of failing.
/// </summary>
public sealed class JobServerHostedService(
    JobStorage storage,
    JobActivator activator,
    IJobFilterProvider filterProvider,
    JobConnectionString connectionString,
    IOptions<JobsOptions> options,
    ILogger<JobServerHostedService> logger) : BackgroundService
{
    private const string SchemaReadySql = """
        SELECT EXISTS (
            SELECT FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = @schema AND c.relname = 'job'
              AND has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT'))
        """;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!await WaitForSchemaAsync(settings.PollingTimeSpan, stoppingToken)) return;

        using var server = new BackgroundJobServer(
            new BackgroundJobServerOptions
            {
                WorkerCount = settings.WorkerCount,
                SchedulePollingInterval = settings.PollingTimeSpan,
                Activator = activator,
                FilterProvider = filterProvider,
            },
            storage,
            []);
        logger.LogInformation("Hangfire server started with {Workers} workers", settings.WorkerCount);
        await Task.Delay(Timeout.Infinite, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        server.SendStop();
        await server.WaitForShutdownAsync(CancellationToken.None);
    }

    private async Task<bool> WaitForSchemaAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        var logged = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString.Value);
                await connection.OpenAsync(stoppingToken);
                await using var command = new NpgsqlCommand(SchemaReadySql, connection);
                command.Parameters.AddWithValue("schema", JobsOptions.Schema);
                if (await command.ExecuteScalarAsync(stoppingToken) is true) return true;
                if (!logged) logger.LogInformation("Waiting for the Hangfire schema; run the migrator (\"migrate\") to install it");
            }
            catch (NpgsqlException exception)
            {
                if (!logged) logger.LogWarning(exception, "PostgreSQL is not reachable yet; the Hangfire server will start once it is");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }

            logged = true;
            await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return false;
    }
}

/// <summary>The application role's connection string, on which Hangfire runs (its own pool, so polling never starves requests).</summary>
public sealed record JobConnectionString(string Value);
