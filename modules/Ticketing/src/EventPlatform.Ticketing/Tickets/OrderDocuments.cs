using EventPlatform.Events.Catalog;
using EventPlatform.Identity.Organizations;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tickets.Documents;
using EventPlatform.Ticketing.Tickets.Signing;

namespace EventPlatform.Ticketing.Tickets;

/// <summary>
/// Gathers what the PDF, the calendar file and the confirmation mail show of an order: its valid tickets with their signed
/// QR payloads, the event, and the organization's name and colour. Runs inside the order's organization (the signing key is its own).
/// </summary>
public sealed class OrderDocuments(TicketSigner signer, IOrganizationBrandingProvider branding)
{
    public async Task<OrderDocument> BuildAsync(OrderDto order, EventSummary @event, Guid organizationId, string orderUrl,
        CancellationToken cancellationToken = default)
    {
        var brand = await branding.GetCurrentAsync(cancellationToken);
        var sessions = @event.Sessions.ToDictionary(s => s.Id, s => s.Title);
        var tickets = new List<TicketDocument>();
        foreach (var ticket in order.Tickets.Where(t => t.Status == TicketStatus.Valid))
        {
            var payload = await signer.SignAsync(new TicketClaims(organizationId, @event.Id, ticket.Id, ticket.Code), cancellationToken);
            var session = ticket.SessionId is { } id ? sessions.GetValueOrDefault(id) : null;
            tickets.Add(new TicketDocument(ticket.Id, ticket.Code, payload, ticket.AttendeeName, ticket.TicketTypeName, session, ticket.Price, order.Currency));
        }

        // The logo lives behind Identity's signed blob URL; the PDF carries the name and brand colour instead of fetching it.
        return new OrderDocument(order.Number, order.BuyerName, order.BuyerEmail, brand.Name, brand.PrimaryColor, Logo: null, @event.Title,
            @event.StartsAt, @event.EndsAt, @event.TimeZone, @event.Location, order.Culture, orderUrl, tickets);
    }
}
