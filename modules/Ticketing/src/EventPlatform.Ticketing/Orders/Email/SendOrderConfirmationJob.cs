using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Email;
using EventPlatform.Platform.Jobs;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventPlatform.Ticketing.Orders.Email;

public sealed record OrderEmailArgs(Guid OrderId);

/// <param name="OrderIds">An array: Hangfire stores the arguments as JSON with their types, and reads back only concrete collections.</param>
public sealed record OrderBatchEmailArgs(Guid[] OrderIds);

/// <summary>Sends an order's confirmation e-mail again, on the organizer's request. Runs in the order's organization.</summary>
public sealed class SendOrderConfirmationJob(TicketingDbContext db, OrderConfirmationSender sender) : IBackgroundJob<OrderEmailArgs>
{
    public async Task ExecuteAsync(OrderEmailArgs args, CancellationToken cancellationToken)
    {
        var order = await db.Orders.Include(o => o.Tickets).FirstOrDefaultAsync(o => o.Id == args.OrderId, cancellationToken);
        // A cancelled or vanished order gets no confirmation; nothing to retry.
        if (order is null || order.Status == OrderStatus.Cancelled) return;
        await sender.SendAsync(order, cancellationToken);
    }
}

/// <summary>
/// Sends the confirmation e-mails of newly placed orders, many per job (see <see cref="OrderPlacedEmailHandler"/>). Each
/// order is marked once its mail is out, so a retry sends only the rest; one failing address does not hold up the others.
/// </summary>
public sealed class SendOrderConfirmationsJob(TicketingDbContext db, OrderConfirmationSender sender, ILogger<SendOrderConfirmationsJob> logger)
    : IBackgroundJob<OrderBatchEmailArgs>
{
    public async Task ExecuteAsync(OrderBatchEmailArgs args, CancellationToken cancellationToken)
    {
        var orders = await db.Orders.Include(o => o.Tickets)
            .Where(o => args.OrderIds.Contains(o.Id) && o.ConfirmationSentAt == null && o.Status != OrderStatus.Cancelled)
            // An order waiting for an online payment is not confirmed yet: its mail goes out once it is paid (OrderPaid).
            .Where(o => o.Status != OrderStatus.PendingPayment || o.PaymentMethod == PaymentMethods.Offline)
            .OrderBy(o => o.CreatedAt)
            .ToListAsync(cancellationToken);
        Exception? firstFailure = null;
        var failures = 0;
        foreach (var order in orders)
        {
            try
            {
                await sender.SendAsync(order, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "The confirmation of order {Number} could not be sent", order.Number);
                firstFailure ??= exception;
                failures++;
            }
        }

        if (firstFailure is not null)
        {
            throw new InvalidOperationException($"{failures} of {orders.Count} confirmation e-mails failed; the job's retry sends them.", firstFailure);
        }
    }
}

/// <summary>Composes and sends one order's confirmation (tickets PDF and calendar file attached) and records that it went out.</summary>
public sealed class OrderConfirmationSender(
    TicketingDbContext db,
    IEventCatalog catalog,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IOrderEmailComposer composer,
    IEmailSender sender,
    OrderLinks links,
    TimeProvider clock)
{
    /// <param name="order">Loaded with its tickets and with change tracking from this scope's <see cref="TicketingDbContext"/>.</param>
    public async Task SendAsync(Order order, CancellationToken cancellationToken)
    {
        var @event = await catalog.FindAsync(order.EventId, cancellationToken);
        var organization = await tenants.FindByIdAsync(currentTenant.Id!.Value, cancellationToken);
        if (@event is null || organization is null) return;

        var context = new OrderEmailContext(OrderMapper.ToDto(order), @event, organization,
            links.Absolute(OrderLinks.OrderPath(organization.Slug, order.Number, order.AccessToken)),
            links.Absolute(OrderLinks.PdfPath(organization.Slug, order.Number, order.AccessToken)));
        await sender.SendAsync(await composer.ComposeAsync(context, cancellationToken), cancellationToken);
        order.ConfirmationSent(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
