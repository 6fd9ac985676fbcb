using System.Diagnostics;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventPlatform.CheckIn.Dashboard;

/// <summary>
/// Pushes committed scans from <see cref="DashboardFeed"/> to the event's dashboards, with the checked-in counts after
/// them. Scans that arrive within <see cref="PushInterval"/> of the last push go out together: one count query and one message per event.
/// With the Redis backplane on, the message reaches dashboards connected to every node.
/// </summary>
public sealed class DashboardPublisher(DashboardFeed feed, DashboardWatchers watchers, IServiceScopeFactory scopes, IHubContext<DashboardHub> hub,
    ILogger<DashboardPublisher> logger)
    : BackgroundService
{
    private const int MaxBatch = 500;

    /// <summary>
    /// At most one round of pushes this often: a lone scan goes out at once, but at hundreds of scans a second a message
    /// per scan to hundreds of dashboards costs more (frames, counts) than collecting them for a moment.
    /// </summary>
    private static readonly TimeSpan PushInterval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<CommittedScan>();
        var lastPush = long.MinValue;
        while (await feed.Reader.WaitToReadAsync(stoppingToken))
        {
            // Pacing in real time, not the application's clock (tests move that one by hand).
            if (lastPush != long.MinValue && PushInterval - Stopwatch.GetElapsedTime(lastPush) is { Ticks: > 0 } wait) await Task.Delay(wait, stoppingToken);
            lastPush = Stopwatch.GetTimestamp();
            while (batch.Count < MaxBatch && feed.Reader.TryRead(out var scan)) batch.Add(scan);
            foreach (var group in batch.GroupBy(s => (s.TenantId, s.EventId)).Where(g => watchers.AnyoneWatching(g.Key.EventId)))
            {
                try
                {
                    await PushAsync(group.Key.TenantId, group.Key.EventId, group.Select(s => s.Scan).ToList(), stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The scans are committed whatever happens here; a dashboard that missed them catches up with the next push or a reload.
                    logger.LogError(e, "Pushing {Count} scans of event {EventId} to its dashboards failed", group.Count(), group.Key.EventId);
                }
            }

            batch.Clear();
        }
    }

    private async Task PushAsync(Guid tenantId, Guid eventId, IReadOnlyList<DashboardScanDto> scans, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var checkedIn = await scope.ServiceProvider.GetRequiredService<DashboardCounts>().CheckedInAsync(eventId, cancellationToken);
        await hub.Clients.Group(DashboardHub.GroupOf(eventId)).SendAsync(DashboardHubConsts.Update, new DashboardUpdateDto(eventId, scans, checkedIn),
            cancellationToken);
    }
}
