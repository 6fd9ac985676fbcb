using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Orders.Email;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.Tickets.Documents;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EventPlatform.Ticketing.Tickets;

/// <summary><c>/o/{tenant}/orders/{number}/tickets.pdf?t=…</c>: the buyer's tickets, one page each, for anyone holding the order link.</summary>
public static class TicketPdfEndpoint
{
    public const string Route = "/o/{tenant}/orders/{number}/tickets.pdf";

    public static IEndpointRouteBuilder MapTicketPdf(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, async (string tenant, string number, string? t, IOrderAppService orders, TicketingEvents events,
                OrderDocuments documents, TicketPdfRenderer renderer, OrderLinks links, EventPlatform.Platform.MultiTenancy.ICurrentTenant current,
                CancellationToken cancellationToken) =>
            {
                // A wrong or missing token answers 404 from the order service, exactly like an unknown order.
                var order = (await orders.GetAsync(tenant, number, t ?? "")).Order;
                var @event = await events.GetAsync(order.EventId, cancellationToken);
                var document = await documents.BuildAsync(order, @event, current.Id!.Value, links.Absolute(OrderLinks.OrderPath(tenant, number, t!)),
                    cancellationToken);
                var pdf = renderer.Render(document);
                return Results.File(pdf, TicketPdfRenderer.ContentType, TicketPdfRenderer.FileNameOf(document));
            })
            .AllowAnonymous()
            .WithName("TicketPdf");
        return endpoints;
    }
}
