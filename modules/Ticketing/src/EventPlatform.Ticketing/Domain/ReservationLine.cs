namespace EventPlatform.Ticketing.Domain;

/// <summary>Tickets of one type in a reservation, at the price and discount (per ticket) shown when it was made. Stored as JSON in its reservation.</summary>
public sealed record ReservationLine(Guid TicketTypeId, string TicketTypeName, Guid? SessionId, int Quantity, decimal UnitPrice, decimal Discount);
