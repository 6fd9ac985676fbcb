using System.Diagnostics;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EventPlatform.CheckIn.Dashboard;

/// <summary>
/// Pushes committed scans from <see cref="DashboardFeed"/> to the event's dashboards, with the checked-in counts. Scans
/// that arrive within <see cref="PushInterval"/> of the last push go out together: one message per event. With the
/// Redis backplane on, the message reaches dashboards connected to every node.
/// </summary>
/// <remarks>
/// Counting reads all of the event's admissions and entries, so its cost grows with the event (about 50 ms of database
/// time at 19,000 scans). The counts are therefore taken again only once they are older than <see cref="CountCostFactor"/>
/// times what they last cost, and always after <see cref="MaxCountAge"/>: a small event gets fresh counts with every push,
/// a large one spends about a tenth of the time counting, and no dashboard is more than a second behind. A push whose
/// scans the counts do not include yet is followed by a counts-only message as soon as they are due, so the dashboard
/// never keeps a stale count. Scans never wait for a slow count (over <see cref="SlowCount"/>): they go out with the
/// counts kept, and the counts follow once taken. A push that waited for one would be late by all of its cost, and at a
/// count a second those pushes are the slowest tenth.
/// </remarks>
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

    private const int CountCostFactor = 10;

    private static readonly TimeSpan MaxCountAge = TimeSpan.FromSeconds(1);

    /// <summary>The last counts of each watched event; touched by the push loop only.</summary>
    private readonly Dictionary<Guid, EventCounts> _counts = [];

    /// <summary>Counts younger than this are not taken again, whatever they cost (tests lengthen it to see a counts-only follow-up).</summary>
    internal TimeSpan MinCountAge { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// A count that last took longer than this is taken after the scans are pushed, not before: a tenth of the push
    /// interval, so a small event's counts still travel with its scans (tests shorten it to see the scans go first).
    /// </summary>
    internal TimeSpan SlowCount { get; set; } = PushInterval / 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<CommittedScan>();
        var lastPush = long.MinValue;
        while (await WaitForScansAsync(stoppingToken))
        {
            // Pacing in real time, not the application's clock (tests move that one by hand).
            if (lastPush != long.MinValue && PushInterval - Stopwatch.GetElapsedTime(lastPush) is { Ticks: > 0 } wait) await Task.Delay(wait, stoppingToken);
            lastPush = Stopwatch.GetTimestamp();
            while (batch.Count < MaxBatch && feed.Reader.TryRead(out var scan)) batch.Add(scan);
            foreach (var group in batch.GroupBy(s => (s.TenantId, s.EventId)).Where(g => watchers.AnyoneWatching(g.Key.EventId)))
            {
                await PushAsync(group.Key.TenantId, group.Key.EventId, group.Select(s => s.Scan).ToList(), stoppingToken);
            }

            batch.Clear();
            await PushOwedCountsAsync(stoppingToken);
        }
    }

    /// <summary>True when scans are waiting; meanwhile, sends the counts owed to dashboards as they fall due.</summary>
    private async Task<bool> WaitForScansAsync(CancellationToken stoppingToken)
    {
        while (_counts.Values.Where(c => c.Owed).Select(c => (TimeSpan?)c.DueIn(MinCountAge)).Min() is { } dueIn)
        {
            using var until = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            // Whole milliseconds, rounded up: a wake-up a fraction early would find nothing due and wait again at once.
            until.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(0, Math.Ceiling(dueIn.TotalMilliseconds))));
            try
            {
                return await feed.Reader.WaitToReadAsync(until.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                await PushOwedCountsAsync(stoppingToken);
            }
        }

        return await feed.Reader.WaitToReadAsync(stoppingToken);
    }

    /// <summary>Forgets the counts of events nobody watches any more, and sends the owed counts that are due.</summary>
    private async Task PushOwedCountsAsync(CancellationToken cancellationToken)
    {
        foreach (var eventId in _counts.Keys.Where(id => !watchers.AnyoneWatching(id)).ToList()) _counts.Remove(eventId);
        foreach (var (eventId, counts) in _counts.Where(c => c.Value.Owed && c.Value.DueIn(MinCountAge) <= TimeSpan.Zero).ToList())
        {
            await PushAsync(counts.TenantId, eventId, [], cancellationToken);
        }
    }

    /// <summary>The scans (none for a counts-only follow-up) with the counts, taken again when due.</summary>
    private async Task PushAsync(Guid tenantId, Guid eventId, IReadOnlyList<DashboardScanDto> scans, CancellationToken cancellationToken)
    {
        try
        {
            if (!_counts.TryGetValue(eventId, out var counts)
                || (counts.DueIn(MinCountAge) <= TimeSpan.Zero && (scans.Count == 0 || counts.Took <= SlowCount)))
            {
                counts = await CountAsync(tenantId, eventId, cancellationToken);
                _counts[eventId] = counts;
            }
            else
            {
                // These scans are not in the counts yet: the counts follow when due (at once, after this round, if a slow
                // count was due already).
                counts.Owed = true;
            }

            await hub.Clients.Group(DashboardHub.GroupOf(eventId)).SendAsync(DashboardHubConsts.Update,
                new DashboardUpdateDto(eventId, scans, counts.CheckedIn), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The scans are committed whatever happens here; a dashboard that missed them catches up with the next push or a
            // reload. Nothing is owed meanwhile: no follow-up retries a failing count in a loop.
            _counts.Remove(eventId);
            logger.LogError(e, "Pushing {Count} scans of event {EventId} to its dashboards failed", scans.Count, eventId);
        }
    }

    private async Task<EventCounts> CountAsync(Guid tenantId, Guid eventId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var started = Stopwatch.GetTimestamp();
        var checkedIn = await scope.ServiceProvider.GetRequiredService<DashboardCounts>().CheckedInAsync(eventId, cancellationToken);
        return new EventCounts(tenantId, checkedIn, started, Stopwatch.GetElapsedTime(started));
    }

    private sealed class EventCounts(Guid tenantId, DashboardCheckedInDto checkedIn, long takenAt, TimeSpan took)
    {
        public Guid TenantId { get; } = tenantId;

        public DashboardCheckedInDto CheckedIn { get; } = checkedIn;

        /// <summary>What taking these counts cost.</summary>
        public TimeSpan Took { get; } = took;

        /// <summary>A push went out with scans these counts do not include.</summary>
        public bool Owed { get; set; }

        /// <summary>Until these counts may be taken again: <see cref="CountCostFactor"/> times their cost, within the bounds.</summary>
        public TimeSpan DueIn(TimeSpan minAge)
        {
            var age = Took * CountCostFactor;
            if (age > MaxCountAge) age = MaxCountAge;
            if (age < minAge) age = minAge;
            return age - Stopwatch.GetElapsedTime(takenAt);
        }
    }
}
