using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Domain;

namespace EventPlatform.Ticketing.Services.Checkout;

internal static class CheckoutMapper
{
    public static ReservationDto ToDto(Reservation r, string? orderNumber) =>
        new(r.Id, r.Token, r.EventId, r.Status, r.ExpiresAt, r.Code,
            r.Lines.Select(l => new ReservationLineDto(l.TicketTypeId, l.TicketTypeName, l.SessionId, l.Quantity, l.UnitPrice, l.Discount, l.TaxRate, l.Tax, l.TaxIncluded)).ToList(),
            r.Total, r.Currency, orderNumber);
}
