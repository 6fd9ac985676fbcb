using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Email;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Ticketing.Orders.Email;

/// <summary>
/// Writes the order confirmation e-mail. INTEGRATION POINT: the tickets work (Tickets/Email OrderConfirmationEmail, with
/// the PDF tickets and the .ics file attached) implements this and is registered after <c>AddTicketingOrders</c>, which
/// replaces <see cref="BasicOrderEmailComposer"/> (a summary with the order link, no attachments).
/// </summary>
public interface IOrderEmailComposer
{
    Task<EmailMessage> ComposeAsync(OrderEmailContext context, CancellationToken cancellationToken);
}

/// <param name="OrderLink">Absolute link to the buyer's order page, token included.</param>
/// <param name="PdfLink">Absolute link to the order's tickets as PDF, token included.</param>
public sealed record OrderEmailContext(OrderDto Order, EventSummary Event, TenantInfo Organization, string OrderLink, string PdfLink);
