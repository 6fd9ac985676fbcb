using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EventPlatform.Platform.Hosting;

/// <summary>
/// Work a node repeats on a timer (sweeps, reconciliation): one pass every <see cref="Period"/>, none when it is zero
/// or less. A pass that fails for a passing reason (the database or a provider unreachable, a conflict) is logged and
/// the next pass tries again; a pass is callable directly too, which tests do.
/// </summary>
public abstract class PeriodicWork(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    /// <summary>Time between passes; zero or less turns the work off on this node.</summary>
    protected abstract TimeSpan Period { get; }

    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Period <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(Period, Clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunPassAsync(stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or DbUpdateException or InvalidOperationException or HttpRequestException
                && !stoppingToken.IsCancellationRequested)
            {
                Logger.LogWarning(e, "{Work} failed; the next pass tries again", GetType().Name);
            }
        }
    }
}
