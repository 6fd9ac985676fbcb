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

public sealed record ReservationLineDto(Guid TicketTypeId, string TicketTypeName, Guid? SessionId, int Quantity, decimal UnitPrice, decimal Discount);
