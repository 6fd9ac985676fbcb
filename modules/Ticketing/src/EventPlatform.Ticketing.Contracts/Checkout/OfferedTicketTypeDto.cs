namespace EventPlatform.Ticketing.Checkout;

/// <param name="Available">Tickets left (sold and unexpired holds subtracted across all its quotas); null when unlimited.</param>
/// <param name="DiscountedPrice">The price after the applied promo code, or null when no discount applies.</param>
/// <param name="AddedTaxRate">Percent added to the price at checkout; null when the price includes any tax.</param>
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
    bool WaitlistEnabled,
    decimal? AddedTaxRate = null);
