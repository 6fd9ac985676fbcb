using EventPlatform.Platform.Email;
using EventPlatform.Ticketing.Orders.Email;

namespace EventPlatform.Ticketing.Tickets.Email;

/// <summary>The confirmation mail the buyer gets: localized text, the tickets as PDF (one page each, signed QR codes) and the event as .ics.</summary>
public sealed class TicketsOrderEmailComposer(OrderDocuments documents, OrderConfirmationEmail email) : IOrderEmailComposer
{
    public async Task<EmailMessage> ComposeAsync(OrderEmailContext context, CancellationToken cancellationToken) =>
        email.Compose(await documents.BuildAsync(context.Order, context.Event, context.Organization.Id, context.OrderLink, cancellationToken));
}
