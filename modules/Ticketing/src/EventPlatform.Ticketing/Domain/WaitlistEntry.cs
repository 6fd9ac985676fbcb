using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Waitlist;

namespace EventPlatform.Ticketing.Domain;

/// <summary>Someone waiting for a sold-out ticket type; an offer is a <see cref="Reservation"/> held for them.</summary>
public sealed class WaitlistEntry : AuditedEntity, IMultiTenant
{
    private WaitlistEntry()
    {
    }

    public WaitlistEntry(Guid eventId, Guid ticketTypeId, string name, string email, int quantity)
    {
        EventId = eventId;
        TicketTypeId = ticketTypeId;
        Name = name;
        Email = email;
        Quantity = quantity;
        Status = WaitlistStatus.Waiting;
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid TicketTypeId { get; private set; }
    public string Name { get; private set; } = null!;
    public string Email { get; private set; } = null!;
    public int Quantity { get; private set; }
    public WaitlistStatus Status { get; private set; }
    public Guid? ReservationId { get; private set; }
    public DateTimeOffset? OfferedAt { get; private set; }
    public DateTimeOffset? OfferExpiresAt { get; private set; }

    public void Offer(Guid reservationId, DateTimeOffset at, DateTimeOffset expiresAt)
    {
        Status = WaitlistStatus.Offered;
        ReservationId = reservationId;
        OfferedAt = at;
        OfferExpiresAt = expiresAt;
    }

    public void Book() => Status = WaitlistStatus.Booked;

    public void Expire() => Status = WaitlistStatus.Expired;

    public void Remove() => Status = WaitlistStatus.Removed;
}
