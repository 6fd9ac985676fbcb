using System.Globalization;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Email;
using EventPlatform.Platform.Jobs;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders.Email;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Waitlist;

public sealed record WaitlistOfferArgs(Guid EntryId);

/// <summary>E-mails the person a seat is held for, with the link to complete the checkout of the held reservation.</summary>
public sealed class SendWaitlistOfferJob(
    TicketingDbContext db,
    IEventCatalog catalog,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IEmailTemplateRenderer renderer,
    IEmailSender sender,
    OrderLinks links) : IBackgroundJob<WaitlistOfferArgs>
{
    public async Task ExecuteAsync(WaitlistOfferArgs args, CancellationToken cancellationToken)
    {
        var entry = await db.WaitlistEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == args.EntryId, cancellationToken);
        if (entry is not { Status: WaitlistStatus.Offered, ReservationId: { } reservationId }) return;
        var reservation = await db.Reservations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == reservationId, cancellationToken);
        var type = await db.TicketTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == entry.TicketTypeId, cancellationToken);
        var @event = await catalog.FindAsync(entry.EventId, cancellationToken);
        var organization = await tenants.FindByIdAsync(currentTenant.Id!.Value, cancellationToken);
        if (reservation is null || type is null || @event is null || organization is null) return;

        var mail = renderer.Render(typeof(SendWaitlistOfferJob), "OrdersWaitlistOffer", new Dictionary<string, string?>
        {
            ["name"] = entry.Name,
            ["event"] = @event.Title,
            ["organization"] = organization.Name,
            ["ticketType"] = type.Name,
            ["quantity"] = entry.Quantity.ToString(CultureInfo.InvariantCulture),
            ["expires"] = reservation.ExpiresAt.UtcDateTime.ToString("g", CultureInfo.CurrentCulture),
            ["link"] = links.Absolute(OrderLinks.CheckoutPath(organization.Slug, reservation.Id, reservation.Token)),
        });
        await sender.SendAsync(mail.ToMessage(entry.Email), cancellationToken);
    }
}
