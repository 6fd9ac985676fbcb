using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Reservations;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// Cancels orders and tickets and gives their seats back in the same transaction: one unit per cancelled ticket on
/// each quota of its ticket type (its own, shared ones, its session's), plus the promo code's use when the whole order
/// goes. The seats come back through <see cref="QuotaLedger.ReturnSoldAsync"/> only (never a read-then-write), and
/// <see cref="SeatsReleased"/> tells the waitlist.
/// </summary>
public sealed class OrderCancellation(TicketingDbContext db, QuotaLedger ledger, TimeProvider clock)
{
    /// <summary>A tracked order with its tickets, or 404.</summary>
    public async Task<Order> LoadAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Orders.Include(o => o.Tickets).FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new BusinessException(TicketingErrorCodes.OrderNotFound, 404);

    /// <summary>Cancels the whole order; cancelling a cancelled order changes nothing.</summary>
    /// <param name="onlyWhile">Cancel only if the order still has this status when its row is locked (an unpaid order whose
    /// payment may be arriving at this very moment); false when it had moved on.</param>
    public async Task<bool> CancelOrderAsync(Order order, OrderStatus? onlyWhile = null, CancellationToken cancellationToken = default)
    {
        if (order.Status == OrderStatus.Cancelled) return false;
        return await GiveBackAsync(order, order.Tickets.Where(t => t.Status == TicketStatus.Valid).ToList(), wholeOrder: true, onlyWhile, cancellationToken);
    }

    /// <summary>Cancels one ticket; the order goes with its last valid ticket.</summary>
    public async Task CancelTicketAsync(Order order, Guid ticketId, CancellationToken cancellationToken = default)
    {
        var ticket = order.Tickets.FirstOrDefault(t => t.Id == ticketId) ?? throw new BusinessException(TicketingErrorCodes.TicketNotFound, 404);
        if (order.Status == OrderStatus.Cancelled) throw new BusinessException(OrderErrorCodes.OrderCancelled, 409);
        if (ticket.Status != TicketStatus.Valid) throw new BusinessException(OrderErrorCodes.TicketNotValid, 409);
        var last = order.Tickets.Count(t => t.Status == TicketStatus.Valid) == 1;
        await GiveBackAsync(order, [ticket], wholeOrder: last, onlyWhile: null, cancellationToken);
    }

    private async Task<bool> GiveBackAsync(Order order, IReadOnlyList<Ticket> tickets, bool wholeOrder, OrderStatus? onlyWhile, CancellationToken cancellationToken)
    {
        var typeIds = tickets.Select(t => t.TicketTypeId).Distinct().ToList();
        var links = await db.QuotaTicketTypes.AsNoTracking().Where(l => typeIds.Contains(l.TicketTypeId)).ToListAsync(cancellationToken);
        var units = tickets.SelectMany(t => links.Where(l => l.TicketTypeId == t.TicketTypeId).Select(l => new QuotaNeed(l.QuotaId, 1))).ToList();
        if (wholeOrder && await PromoQuotaAsync(order, cancellationToken) is { } promoQuota) units.Add(new QuotaNeed(promoQuota, 1));

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The order's row is locked and its status read again: a payment confirming it (a guarded update) waits for this
        // transaction, and an order that was paid or cancelled meanwhile is not cancelled over that.
        var current = await db.Orders.FromSql($"SELECT * FROM ticketing.orders WHERE id = {order.Id} FOR UPDATE").AsNoTracking()
            .Select(o => o.Status).FirstOrDefaultAsync(cancellationToken);
        if (current == OrderStatus.Cancelled || (onlyWhile is { } expected && current != expected))
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await ledger.ReturnSoldAsync(order.ReservationId, units, cancellationToken);
        if (wholeOrder) order.Cancel(clock.GetUtcNow());
        else foreach (var ticket in tickets) ticket.Cancel();
        db.AddIntegrationEvent(new SeatsReleased(order.TenantId, order.EventId, typeIds));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The usage-limit quota of the promo code the order's reservation used, if it had one.</summary>
    private async Task<Guid?> PromoQuotaAsync(Order order, CancellationToken cancellationToken)
    {
        var promoCodeId = await db.Reservations.Where(r => r.Id == order.ReservationId).Select(r => r.PromoCodeId).FirstOrDefaultAsync(cancellationToken);
        if (promoCodeId is null) return null;
        return await db.Quotas.Where(q => q.PromoCodeId == promoCodeId && q.Kind == QuotaKind.PromoCode)
            .Select(q => (Guid?)q.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
