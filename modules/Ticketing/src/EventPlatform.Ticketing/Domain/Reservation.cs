using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Checkout;

namespace EventPlatform.Ticketing.Domain;

/// <summary>
/// A buyer's cart that holds seats until <see cref="ExpiresAt"/>. The seats themselves are <see cref="Hold"/> rows and quota
/// counters written by <c>QuotaLedger</c> in the same transaction as this row; this entity only carries the lines and state.
/// Not an audited entity: it is written on every attempt of an on-sale stampede, and the order it becomes is audited.
/// </summary>
public sealed class Reservation : Entity, IMultiTenant
{
    private Reservation()
    {
    }

    public Reservation(Guid eventId, string token, string currency, DateTimeOffset createdAt, DateTimeOffset expiresAt, string? idempotencyKey, Guid? userId)
    {
        EventId = eventId;
        Currency = currency;
        Token = token;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        IdempotencyKey = idempotencyKey;
        UserId = userId;
        Status = ReservationStatus.Active;
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public string Token { get; private set; } = null!;
    public string Currency { get; private set; } = null!;
    public string? IdempotencyKey { get; private set; }
    public Guid? UserId { get; private set; }
    public ReservationStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public Guid? PromoCodeId { get; private set; }
    public string? Code { get; private set; }

    /// <summary>The waitlist entry this reservation was offered to, if any.</summary>
    public Guid? WaitlistEntryId { get; private set; }

    public Guid? OrderId { get; private set; }

    /// <summary>How many quotas the reservation holds seats in (one hold row each).</summary>
    public int HoldCount { get; private set; }
    public List<ReservationLine> Lines { get; private set; } = [];

    public decimal Total => Lines.Sum(l => l.Gross * l.Quantity);

    public int TicketCount => Lines.Sum(l => l.Quantity);

    public bool IsActiveAt(DateTimeOffset now) => Status == ReservationStatus.Active && now < ExpiresAt;

    public void ApplyCode(Guid? promoCodeId, string? code)
    {
        PromoCodeId = promoCodeId;
        Code = code;
    }

    public void Holds(int quotaCount) => HoldCount = quotaCount;

    public void OfferTo(Guid waitlistEntryId) => WaitlistEntryId = waitlistEntryId;

    public void Confirm(Guid orderId)
    {
        Status = ReservationStatus.Confirmed;
        OrderId = orderId;
    }

    public void Cancel() => Status = ReservationStatus.Cancelled;

    public void Expire() => Status = ReservationStatus.Expired;
}
