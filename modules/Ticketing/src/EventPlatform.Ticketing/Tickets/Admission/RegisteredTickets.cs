using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Tickets.Admission;

public sealed class RegisteredTickets(TicketingDbContext db) : IRegisteredTickets
{
    public async Task<IReadOnlyList<RegisteredTicketCount>> CountAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var counts = await db.Tickets.AsNoTracking()
            .Where(t => t.EventId == eventId && t.Status == TicketStatus.Valid)
            .Join(db.Orders.Where(o => o.Status != OrderStatus.Cancelled), t => t.OrderId, o => o.Id, (t, o) => new { t.TicketTypeId, t.SessionId, t.TicketTypeName })
            // Tickets keep the type's name from their sale; a renamed type still counts as one.
            .GroupBy(t => new { t.TicketTypeId, t.SessionId })
            .Select(g => new { g.Key.TicketTypeId, g.Key.SessionId, Name = g.Min(t => t.TicketTypeName), Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.Select(c => new RegisteredTicketCount(c.TicketTypeId, c.Name!, c.SessionId, c.Count)).OrderBy(c => c.TicketTypeName, StringComparer.CurrentCulture)
            .ToList();
    }
}
