namespace EventPlatform.Ticketing.Checkout;

/// <param name="Code">A promo code (discount) or access code (unlocks hidden ticket types).</param>
/// <param name="IdempotencyKey">Chosen by the client (e.g. a UUID); a retry with the same key returns the first reservation.</param>
public sealed record ReserveInput(IReadOnlyList<ReservationLineInput> Lines, string? Code = null, string? IdempotencyKey = null);

public sealed record ReservationLineInput(Guid TicketTypeId, int Quantity);
