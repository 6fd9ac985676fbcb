using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Registrations;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Registrations;

/// <summary>The registrations filter: number, buyer or attendee name/e-mail (ILIKE, wildcards escaped), status, ticket type.</summary>
internal static class RegistrationSearch
{
    public static IQueryable<Order> Apply(IQueryable<Order> orders, RegistrationListRequest input)
    {
        if (input.Status is { } status) orders = orders.Where(o => o.Status == status);
        if (input.TicketTypeId is { } typeId) orders = orders.Where(o => o.Tickets.Any(t => t.TicketTypeId == typeId));
        var filter = input.Filter?.Trim();
        if (string.IsNullOrEmpty(filter)) return orders;
        if (filter.Length > RegistrationConsts.MaxFilterLength) filter = filter[..RegistrationConsts.MaxFilterLength];
        var pattern = "%" + filter.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
        return orders.Where(o => EF.Functions.ILike(o.Number, pattern)
            || EF.Functions.ILike(o.BuyerName, pattern) || EF.Functions.ILike(o.BuyerEmail, pattern)
            || o.Tickets.Any(t => EF.Functions.ILike(t.AttendeeName, pattern) || EF.Functions.ILike(t.AttendeeEmail, pattern)));
    }
}
