using System.Threading.Channels;
using EventPlatform.CheckIn.Domain;
using EventPlatform.Platform.MultiTenancy;
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
    private readonly ICurrentTenant _tenant;

    public DashboardFeed(TimeProvider clock, ICurrentTenant tenant, ILogger<DashboardFeed> logger)
    {
        _clock = clock;
        _tenant = tenant;
        _channel = Channel.CreateBounded<CommittedScan>(
            new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true },
            dropped => logger.LogWarning("Dashboard feed full: scan {ScanId} of event {EventId} not pushed", dropped.Scan.ScanId, dropped.EventId));
    }

    internal ChannelReader<CommittedScan> Reader => _channel.Reader;

    /// <summary>
    /// Call right after the scan (or its undo) committed, in its request: stamps that moment, and takes the organization
    /// from the request (a scan logged by SQL alone has no tenant set on the entity).
    /// </summary>
    public void Publish(Scan scan, Guid? sessionId)
    {
        // Scans always run inside their organization; without one there is no group to tell, and the scan stands anyway.
        if (_tenant.Id is not { } tenant) return;
        _channel.Writer.TryWrite(new CommittedScan(tenant, scan.EventId, new DashboardScanDto(scan.Id, scan.ListId, scan.Outcome, scan.Direction,
            scan.TicketTypeId, sessionId, scan.AttendeeName, scan.TicketTypeName, scan.ScannedAt, scan.UndoneAt is not null, _clock.GetUtcNow())));
    }
}

internal sealed record CommittedScan(Guid TenantId, Guid EventId, DashboardScanDto Scan);
