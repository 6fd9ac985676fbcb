using EventPlatform.CheckIn.Scans;

namespace EventPlatform.CheckIn.Dashboard;

/// <summary>
/// What the dashboards of one event receive after scans were committed: the scans, and the checked-in counts (counted by
/// the server, so re-entries, undos and other nodes' scans never make a client's sums drift). For a large event the
/// counts may be up to a second older than the scans; an update without scans then brings the counts that include them.
/// </summary>
public sealed record DashboardUpdateDto(Guid EventId, IReadOnlyList<DashboardScanDto> Scans, DashboardCheckedInDto CheckedIn);

/// <summary>Admitted tickets per check-in list, and distinct tickets let in per ticket type (sessions and the total add these up).</summary>
public sealed record DashboardCheckedInDto(IReadOnlyDictionary<Guid, int> Lists, IReadOnlyDictionary<Guid, int> TicketTypes);

/// <param name="Undone">A mistaken scan taken back: the dashboard removes its arrival.</param>
/// <param name="CommittedAt">When the server committed the scan (or its undo): the start of the dashboard's latency.</param>
public sealed record DashboardScanDto(
    Guid ScanId,
    Guid ListId,
    ScanOutcome Outcome,
    ScanDirection Direction,
    Guid? TicketTypeId,
    Guid? SessionId,
    string? AttendeeName,
    string? TicketTypeName,
    DateTimeOffset ScannedAt,
    bool Undone,
    DateTimeOffset CommittedAt);
