namespace EventPlatform.Ticketing.Checkout;

/// <param name="Available">Tickets left (sold and unexpired holds subtracted across all its quotas); null when unlimited.</param>
/// <param name="DiscountedPrice">The price after the applied promo code, or null when no discount applies.</param>
public sealed record OfferedTicketTypeDto(
    Guid Id,
    string Name,
    string? Description,
    decimal Price,
    decimal? DiscountedPrice,
    string Currency,
    Guid? SessionId,
    int? Available,
    int MinPerOrder,
    int MaxPerOrder,
    SaleState State,
    DateTimeOffset? SaleStartsAt,
    DateTimeOffset? SaleEndsAt,
    bool RequiresPromoCode,
    bool WaitlistEnabled);
