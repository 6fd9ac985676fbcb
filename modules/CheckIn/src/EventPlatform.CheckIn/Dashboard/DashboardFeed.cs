using System.Threading.Channels;
using EventPlatform.CheckIn.Domain;
using Microsoft.Extensions.Logging;

namespace EventPlatform.CheckIn.Dashboard;

/// <summary>
/// Committed scans on their way to the dashboards: the scan hands its result to an in-process bounded channel and
/// returns; <see cref="DashboardPublisher"/> pushes from there. A scan never waits for SignalR or Redis, and when the
/// dashboards fall far behind, the newest scans are dropped from the feed (logged), never the scans themselves.
/// </summary>
public sealed class DashboardFeed
{
    private const int Capacity = 10_000;

    private readonly Channel<CommittedScan> _channel;
    private readonly TimeProvider _clock;

    public DashboardFeed(TimeProvider clock, ILogger<DashboardFeed> logger)
    {
        _clock = clock;
        _channel = Channel.CreateBounded<CommittedScan>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            dropped => logger.LogWarning("Dashboard feed full: scan {ScanId} of event {EventId} not pushed", dropped.Scan.ScanId, dropped.EventId));
    }

    internal ChannelReader<CommittedScan> Reader => _channel.Reader;

    /// <summary>Call right after the scan's (or its undo's) transaction committed; stamps that moment.</summary>
    public void Publish(Scan scan, Guid? sessionId) =>
        _channel.Writer.TryWrite(new CommittedScan(scan.TenantId, scan.EventId, new DashboardScanDto(scan.Id, scan.ListId, scan.Outcome, scan.Direction,
            scan.TicketTypeId, sessionId, scan.AttendeeName, scan.TicketTypeName, scan.ScannedAt, scan.UndoneAt is not null, _clock.GetUtcNow())));
}

internal sealed record CommittedScan(Guid TenantId, Guid EventId, DashboardScanDto Scan);
