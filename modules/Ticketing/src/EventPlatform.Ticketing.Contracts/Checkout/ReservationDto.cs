namespace EventPlatform.Ticketing.Checkout;

/// <param name="Token">The secret that reaches this reservation; keep it with the buyer only.</param>
/// <param name="OrderNumber">Set once the reservation was confirmed.</param>
public sealed record ReservationDto(
    Guid Id,
    string Token,
    Guid EventId,
    ReservationStatus Status,
    DateTimeOffset ExpiresAt,
    string? Code,
    IReadOnlyList<ReservationLineDto> Lines,
    decimal Total,
    string Currency,
    string? OrderNumber);

/// <param name="UnitPrice">The listed price of one ticket.</param>
/// <param name="Discount">Taken off each ticket by the promo code.</param>
/// <param name="TaxRate">Percent on each ticket.</param>
/// <param name="Tax">The tax on one ticket: inside the price, or added to it when <paramref name="TaxIncluded"/> is false.</param>
public sealed record ReservationLineDto(Guid TicketTypeId, string TicketTypeName, Guid? SessionId, int Quantity, decimal UnitPrice, decimal Discount,
    decimal TaxRate = 0, decimal Tax = 0, bool TaxIncluded = true);
