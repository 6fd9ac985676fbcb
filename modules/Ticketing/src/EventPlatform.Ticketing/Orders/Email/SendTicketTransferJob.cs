using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Email;
using EventPlatform.Platform.Jobs;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Orders.Email;

public sealed record TicketTransferArgs(Guid TicketId, string FromName);

/// <summary>Tells the new holder of a transferred ticket that it is theirs, with its (new) code.</summary>
public sealed class SendTicketTransferJob(
    TicketingDbContext db,
    IEventCatalog catalog,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IEmailTemplateRenderer renderer,
    IEmailSender sender,
    OrderLinks links) : IBackgroundJob<TicketTransferArgs>
{
    public async Task ExecuteAsync(TicketTransferArgs args, CancellationToken cancellationToken)
    {
        var ticket = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == args.TicketId, cancellationToken);
        if (ticket is null || ticket.Status != TicketStatus.Valid) return;
        var @event = await catalog.FindAsync(ticket.EventId, cancellationToken);
        var organization = await tenants.FindByIdAsync(currentTenant.Id!.Value, cancellationToken);
        if (@event is null || organization is null) return;

        var mail = renderer.Render(typeof(SendTicketTransferJob), "OrdersTicketTransferred", new Dictionary<string, string?>
        {
            ["name"] = ticket.AttendeeName,
            ["from"] = args.FromName,
            ["event"] = @event.Title,
            ["organization"] = organization.Name,
            ["ticketType"] = ticket.TicketTypeName,
            ["code"] = ticket.Code,
            ["link"] = links.Absolute(OrderLinks.EventPath(organization.Slug, @event.Slug)),
        });
        await sender.SendAsync(mail.ToMessage(ticket.AttendeeEmail), cancellationToken);
    }
}
