using EventPlatform.CheckIn.Data;
using EventPlatform.CheckIn.Scans;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.CheckIn.Dashboard;

/// <summary>What the dashboard shows, read from the check-in tables of the current organization.</summary>
public sealed class DashboardCounts(CheckInDbContext db)
{
    /// <summary>Tickets admitted per list (as the lists page counts them) and distinct tickets let in per ticket type.</summary>
    public async Task<DashboardCheckedInDto> CheckedInAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var lists = await db.Admissions.Where(a => a.Entries > 0)
            .Join(db.Lists.Where(l => l.EventId == eventId), a => a.ListId, l => l.Id, (a, l) => a.ListId)
            .GroupBy(id => id)
            .Select(g => new { ListId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.ListId, x => x.Count, cancellationToken);
        return new DashboardCheckedInDto(lists, await PerTicketTypeAsync(eventId, cancellationToken));
    }

    /// <summary>Distinct tickets let in per ticket type (the page takes the per-list counts from the lists it reads anyway).</summary>
    public async Task<Dictionary<Guid, int>> PerTicketTypeAsync(Guid eventId, CancellationToken cancellationToken) =>
        await Arrivals(eventId)
            .GroupBy(s => s.TicketTypeId!.Value)
            .Select(g => new { TicketTypeId = g.Key, Count = g.Select(s => s.TicketId).Distinct().Count() })
            .ToDictionaryAsync(x => x.TicketTypeId, x => x.Count, cancellationToken);

    /// <summary>The latest scans, newest first. The log keeps no commit time: the scan's time stands in (the page shows neither).</summary>
    public async Task<IReadOnlyList<DashboardScanDto>> RecentAsync(Guid eventId, CancellationToken cancellationToken) =>
        await db.Scans.AsNoTracking().Where(s => s.EventId == eventId)
            .OrderByDescending(s => s.ScannedAt)
            .Take(DashboardHubConsts.RecentScans)
            .Select(s => new DashboardScanDto(s.Id, s.ListId, s.Outcome, s.Direction, s.TicketTypeId, null, s.AttendeeName, s.TicketTypeName, s.ScannedAt,
                s.UndoneAt != null, s.ScannedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Valid entries (undone ones not) per <see cref="DashboardHubConsts.ArrivalBucket"/>, oldest first.</summary>
    public async Task<IReadOnlyList<ArrivalCount>> ArrivalsAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var seconds = (int)DashboardHubConsts.ArrivalBucket.TotalSeconds;
        var outcome = nameof(ScanOutcome.Valid);
        var direction = nameof(ScanDirection.Entry);
        return await db.Database.SqlQuery<ArrivalCount>(
            $"""
            SELECT to_timestamp(floor(extract(epoch FROM scanned_at) / {seconds}) * {seconds}) AS "Start", count(*)::int AS "Count"
            FROM checkin.scans
            WHERE event_id = {eventId} AND outcome = {outcome} AND direction = {direction} AND undone_at IS NULL
            GROUP BY 1 ORDER BY 1
            """).ToListAsync(cancellationToken);
    }

    private IQueryable<Domain.Scan> Arrivals(Guid eventId) =>
        db.Scans.Where(s => s.EventId == eventId && s.Outcome == ScanOutcome.Valid && s.Direction == ScanDirection.Entry && s.UndoneAt == null
            && s.TicketTypeId != null);
}

public sealed record ArrivalCount(DateTimeOffset Start, int Count);
