using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.TicketTypes;

namespace EventPlatform.Ticketing.Services.TicketTypes;

internal static class TicketTypeMapper
{
    public static TicketTypeDto ToDto(TicketType t, int sold, int held, int? available) =>
        new(t.Id, t.EventId, t.SessionId, t.Name, t.Description, t.Price, t.Currency, t.Quantity, t.SaleStartsAt, t.SaleEndsAt,
            t.MinPerOrder, t.MaxPerOrder, t.Visibility, t.IsActive, t.SortOrder, t.WaitlistEnabled, sold, held, available, t.TaxRate);
}
