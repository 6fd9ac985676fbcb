using EventPlatform.Payments.Checkout;
using EventPlatform.Platform.Hosting;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// Cancels orders whose payment (online, or offline with a deadline) is overdue (<see cref="Domain.Order.PaymentDueAt"/>) and gives their seats back,
/// every <see cref="TicketingOptions.SweepSeconds"/>. The provider is asked first (<see cref="ICheckoutPayments.SettleOrVoidAsync"/>):
/// an order paid after all is confirmed instead, and an open checkout is made unpayable before the order goes (an offline
/// order has none: staff marking it paid after the deadline get 409). A payment
/// that still slips in afterwards finds the order cancelled and is refunded. Safe on several nodes: the order's row is
/// locked when it is cancelled, and only an order still waiting is.
/// </summary>
public sealed class OverdueOrderSweeper(IServiceScopeFactory scopes, IOptions<TicketingOptions> options, TimeProvider clock,
    ILogger<OverdueOrderSweeper> logger) : PeriodicWork(clock, logger)
{
    private const int BatchSize = 100;

    protected override TimeSpan Period => TimeSpan.FromSeconds(options.Value.SweepSeconds);

    protected override Task RunPassAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    /// <summary>One sweep; returns how many orders were cancelled.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        List<(Guid TenantId, Guid OrderId)> due;
        await using (var scope = scopes.CreateAsyncScope())
        using (CurrentTenant.HostScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
            due = (await db.Orders.AsNoTracking().IgnoreQueryFilters()
                    .Where(o => o.Status == OrderStatus.PendingPayment && o.PaymentDueAt != null && o.PaymentDueAt <= now)
                    .OrderBy(o => o.PaymentDueAt).Select(o => new { o.TenantId, o.Id }).Take(BatchSize).ToListAsync(cancellationToken))
                .Select(x => (x.TenantId, x.Id)).ToList();
        }

        var cancelled = 0;
        foreach (var (tenantId, orderId) in due)
        {
            try
            {
                if (await CancelIfUnpaidAsync(tenantId, orderId, cancellationToken)) cancelled++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One provider or order in trouble does not hold up the others; it is tried again next sweep.
                Logger.LogWarning(e, "Overdue order {OrderId} could not be settled or cancelled", orderId);
            }
        }

        return cancelled;
    }

    private async Task<bool> CancelIfUnpaidAsync(Guid tenantId, Guid orderId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        if (await scope.ServiceProvider.GetRequiredService<ICheckoutPayments>().SettleOrVoidAsync(orderId, cancellationToken)) return false;
        var cancellation = scope.ServiceProvider.GetRequiredService<OrderCancellation>();
        var order = await cancellation.LoadAsync(orderId, cancellationToken);
        var cancelled = await cancellation.CancelOrderAsync(order, onlyWhile: OrderStatus.PendingPayment, cancellationToken);
        if (cancelled) Logger.LogInformation("Order {Number} was not paid by {DueAt} and is cancelled", order.Number, order.PaymentDueAt);
        return cancelled;
    }
}
