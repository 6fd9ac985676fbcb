using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Email;
using EventPlatform.Platform.Jobs;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Orders.Email;

public sealed record OrderEmailArgs(Guid OrderId);

/// <summary>Sends an order's confirmation e-mail (after it was placed, or again on the organizer's request). Runs in the order's organization.</summary>
public sealed class SendOrderConfirmationJob(
    TicketingDbContext db,
    IEventCatalog catalog,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IOrderEmailComposer composer,
    IEmailSender sender,
    OrderLinks links) : IBackgroundJob<OrderEmailArgs>
{
    public async Task ExecuteAsync(OrderEmailArgs args, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Tickets).FirstOrDefaultAsync(o => o.Id == args.OrderId, cancellationToken);
        // A cancelled or vanished order gets no confirmation; nothing to retry.
        if (order is null || order.Status == OrderStatus.Cancelled) return;
        var @event = await catalog.FindAsync(order.EventId, cancellationToken);
        var organization = await tenants.FindByIdAsync(currentTenant.Id!.Value, cancellationToken);
        if (@event is null || organization is null) return;

        var context = new OrderEmailContext(OrderMapper.ToDto(order), @event, organization,
            links.Absolute(OrderLinks.OrderPath(organization.Slug, order.Number, order.AccessToken)),
            links.Absolute(OrderLinks.PdfPath(organization.Slug, order.Number, order.AccessToken)));
        await sender.SendAsync(await composer.ComposeAsync(context, cancellationToken), cancellationToken);
    }
}
