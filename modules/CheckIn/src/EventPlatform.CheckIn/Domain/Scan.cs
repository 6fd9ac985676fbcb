using EventPlatform.CheckIn.Scans;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.CheckIn.Domain;

/// <summary>
/// Every scan at every gate, whatever its outcome: the check-in log, the dashboard's recent scans, and the answer a
/// scanner gets again when it re-uploads a scan with the same client nonce. What the ticket showed is copied, so the
/// log reads the same after a transfer.
/// </summary>
public sealed class Scan : Entity, IMultiTenant
{
    private Scan()
    {
    }

    public Scan(Guid listId, Guid eventId, string code, ScanDirection direction, DateTimeOffset scannedAt, Guid? userId, string? userName, string? clientNonce)
    {
        ListId = listId;
        EventId = eventId;
        Code = code;
        Direction = direction;
        ScannedAt = scannedAt;
        UserId = userId;
        UserName = userName;
        ClientNonce = clientNonce;
    }

    public Guid TenantId { get; private set; }
    public Guid ListId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid? TicketId { get; private set; }
    public Guid? TicketTypeId { get; private set; }
    public string? AttendeeName { get; private set; }
    public string? TicketTypeName { get; private set; }
    public string? OrderNumber { get; private set; }

    /// <summary>What was read or typed, cut to <see cref="ScanConsts.MaxCodeLength"/>.</summary>
    public string Code { get; private set; } = null!;

    public ScanDirection Direction { get; private set; }
    public ScanOutcome Outcome { get; private set; }
    public DateTimeOffset ScannedAt { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string? ClientNonce { get; private set; }

    /// <summary>For <see cref="ScanOutcome.AlreadyCheckedIn"/>: the entry that came first.</summary>
    public DateTimeOffset? FirstEntryAt { get; private set; }
    public string? FirstEntryBy { get; private set; }

    public DateTimeOffset? UndoneAt { get; private set; }
    public Guid? UndoneBy { get; private set; }

    /// <summary>For a scan made offline and uploaded later: what the device showed.</summary>
    public ScanOutcome? OfflineOutcome { get; private set; }

    /// <summary>The device let the ticket in offline, but another gate had admitted it first: a supervisor should look.</summary>
    public bool IsConflict { get; private set; }

    public DateTimeOffset? ConflictReviewedAt { get; private set; }
    public string? ConflictReviewedBy { get; private set; }

    public void Names(Guid ticketId, Guid ticketTypeId, string attendeeName, string ticketTypeName, string orderNumber)
    {
        TicketId = ticketId;
        TicketTypeId = ticketTypeId;
        AttendeeName = attendeeName;
        TicketTypeName = ticketTypeName;
        OrderNumber = orderNumber;
    }

    /// <summary>Marks a scan uploaded from a device's offline queue, with what the device showed then.</summary>
    public void MadeOffline(ScanOutcome offlineOutcome) => OfflineOutcome = offlineOutcome;

    public void Decide(ScanOutcome outcome, DateTimeOffset? firstEntryAt = null, string? firstEntryBy = null)
    {
        Outcome = outcome;
        FirstEntryAt = firstEntryAt;
        FirstEntryBy = firstEntryBy;
        // Two gates let the same person in while neither could see the other: kept and flagged, never dropped.
        IsConflict = OfflineOutcome == ScanOutcome.Valid && outcome == ScanOutcome.AlreadyCheckedIn;
    }

    public void ReviewConflict(DateTimeOffset at, string? by)
    {
        ConflictReviewedAt = at;
        ConflictReviewedBy = by;
    }

    public void Undo(DateTimeOffset at, Guid? by)
    {
        UndoneAt = at;
        UndoneBy = by;
    }
}
