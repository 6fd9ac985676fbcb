namespace EventPlatform.Ticketing.Quotas;

/// <summary>What a quota counts. Every unit sold or held passes through a guarded update of its quota rows.</summary>
public enum QuotaKind
{
    /// <summary>A ticket type's own quantity.</summary>
    TicketType,

    /// <summary>Seats shared by several ticket types (e.g. Early Bird and Regular sharing 500).</summary>
    Shared,

    /// <summary>A session's capacity, taken by ticket types that grant a seat in it.</summary>
    Session,

    /// <summary>A promo code's usage limit; one unit per order.</summary>
    PromoCode,
}
