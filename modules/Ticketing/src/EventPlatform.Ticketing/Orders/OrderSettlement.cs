using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Codes;
using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// The Payments module's way into orders. Confirming is a guarded update (only an order still waiting changes), so the
/// provider's webhook, the buyer's return and the outbox's repeat can all arrive and the order is confirmed, and its
/// <see cref="OrderPaid"/> raised, exactly once.
/// </summary>
public sealed class OrderSettlement(TicketingDbContext db, ICurrentTenant tenant, TimeProvider clock) : IOrderSettlement
{
    public async Task<PayableOrder?> FindForBuyerAsync(Guid orderId, string? accessToken, CancellationToken cancellationToken = default)
    {
        var order = await FindAsync(orderId, cancellationToken);
        return order is not null && SecretCodes.Matches(accessToken, order.AccessToken) ? order : null;
    }

    public Task<PayableOrder?> FindAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        db.Orders.AsNoTracking().Where(o => o.Id == orderId)
            .Select(o => new PayableOrder(o.Id, o.EventId, o.Number, o.Status, o.Total, o.Currency, o.PaymentMethod, o.BuyerName, o.BuyerEmail,
                o.Culture, o.AccessToken, o.PaymentDueAt))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<PayableOrderLine>> GetLinesAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        (await db.Tickets.AsNoTracking().Where(t => t.OrderId == orderId)
            .GroupBy(t => new { t.TicketTypeName, t.Price, t.TaxRate, t.Tax })
            .Select(g => new { g.Key.TicketTypeName, g.Key.Price, g.Key.TaxRate, g.Key.Tax, Count = g.Count() })
            .ToListAsync(cancellationToken))
        .OrderBy(l => l.TicketTypeName).Select(l => new PayableOrderLine(l.TicketTypeName, l.Count, l.Price, l.TaxRate, l.Tax)).ToList();

    public async Task<SettlementOutcome> MarkPaidAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var changed = await db.Orders.Where(o => o.Id == orderId && o.Status == OrderStatus.PendingPayment)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OrderStatus.Confirmed).SetProperty(o => o.PaidAt, now), cancellationToken);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.Status, o.EventId, o.Number }).FirstOrDefaultAsync(cancellationToken);
        if (changed == 1 && order is not null)
        {
            db.AddIntegrationEvent(new OrderPaid(orderId, tenant.Id!.Value, order.EventId, order.Number));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return changed == 1 ? SettlementOutcome.Confirmed
            : order?.Status == OrderStatus.Confirmed ? SettlementOutcome.AlreadyConfirmed
            : SettlementOutcome.OrderCancelled;
    }
}
