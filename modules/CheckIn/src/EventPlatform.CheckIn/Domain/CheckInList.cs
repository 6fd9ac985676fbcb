using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tickets;

namespace EventPlatform.CheckIn.Domain;

/// <summary>A gate's rules: which tickets of the event it admits (all, some types, one session), when, and how often.</summary>
public sealed class CheckInList : AuditedEntity, IMultiTenant
{
    private CheckInList()
    {
    }

    public CheckInList(Guid eventId, string name)
    {
        EventId = eventId;
        Name = name;
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public string Name { get; private set; } = null!;
    public Guid? SessionId { get; private set; }

    /// <summary>Empty: every ticket type of the event.</summary>
    public List<Guid> TicketTypeIds { get; private set; } = [];

    public DateTimeOffset? OpensAt { get; private set; }
    public DateTimeOffset? ClosesAt { get; private set; }
    public ReEntryRule ReEntry { get; private set; }
    public bool TracksExits { get; private set; }

    public void Change(CheckInListInput input)
    {
        Name = input.Name.Trim();
        SessionId = input.SessionId;
        TicketTypeIds = (input.TicketTypeIds ?? []).Distinct().ToList();
        OpensAt = input.OpensAt;
        ClosesAt = input.ClosesAt;
        ReEntry = input.ReEntry;
        TracksExits = input.TracksExits;
    }

    /// <summary>Why this list turns the scanned ticket away, or null when its admission may change.</summary>
    public ScanOutcome? Refuses(AdmissionLookup lookup, DateTimeOffset now)
    {
        switch (lookup.Failure)
        {
            case AdmissionFailure.NotFound:
                return ScanOutcome.Unknown;
            case AdmissionFailure.BadSignature:
                return ScanOutcome.Tampered;
        }

        var ticket = lookup.Ticket!;
        if (ticket.EventId != EventId) return ScanOutcome.WrongEvent;
        if (lookup.Failure == AdmissionFailure.Revoked) return ScanOutcome.Revoked;
        if (ticket.Status == TicketStatus.Cancelled || ticket.OrderStatus == OrderStatus.Cancelled) return ScanOutcome.Cancelled;
        if ((TicketTypeIds.Count > 0 && !TicketTypeIds.Contains(ticket.TicketTypeId)) || (SessionId is { } session && ticket.SessionId != session))
        {
            return ScanOutcome.WrongList;
        }

        if (ticket.OrderStatus == OrderStatus.PendingPayment) return ScanOutcome.Unpaid;
        if (OpensAt is { } opens && now < opens) return ScanOutcome.NotYetValid;
        if (ClosesAt is { } closes && now > closes) return ScanOutcome.Closed;
        return null;
    }
}
