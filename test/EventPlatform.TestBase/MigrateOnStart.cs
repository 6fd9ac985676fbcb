using EventPlatform.Platform.Data;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.TestBase;

/// <summary>
/// Registered first among the hosted services, so the test database is migrated before anything else
/// starts (Data Protection's key ring, the job server, the outbox dispatcher) — as run.sh migrates before serving.
/// </summary>
internal sealed class MigrateOnStart(DatabaseMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken: cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
