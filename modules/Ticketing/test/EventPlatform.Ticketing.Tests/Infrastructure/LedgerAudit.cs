using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Orders;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tests.Infrastructure;

/// <summary>What the database says was sold, read straight from the tables after a run.</summary>
public static class LedgerAudit
{
    public sealed record Figures(int ValidTickets, int QuotaSold, int QuotaHeld, int HoldsSold, int HoldsHeld, int Size);

    public static Task<Figures> OfTicketTypeAsync(this TicketingTestFactory factory, Guid ticketTypeId) =>
        factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<TicketingDbContext>();
            var quota = await db.Quotas.AsNoTracking().SingleAsync(q => q.TicketTypeId == ticketTypeId);
            var holds = await db.Holds.AsNoTracking().Where(h => h.QuotaId == quota.Id).ToListAsync();
            return new Figures(
                await db.Tickets.CountAsync(t => t.TicketTypeId == ticketTypeId && t.Status == TicketStatus.Valid),
                quota.Sold, quota.Held,
                holds.Where(h => h.Status == HoldStatus.Sold).Sum(h => h.Quantity),
                holds.Where(h => h.Status == HoldStatus.Held).Sum(h => h.Quantity),
                quota.Size);
        });
}
