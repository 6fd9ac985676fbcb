using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Email;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Ticketing.Orders.Email;

/// <summary>Writes the order confirmation e-mail (implemented by <c>Tickets.Email.TicketsOrderEmailComposer</c>: PDF tickets and .ics attached).</summary>
public interface IOrderEmailComposer
{
    Task<EmailMessage> ComposeAsync(OrderEmailContext context, CancellationToken cancellationToken);
}

/// <param name="OrderLink">Absolute link to the buyer's order page, token included.</param>
/// <param name="PdfLink">Absolute link to the order's tickets as PDF, token included.</param>
public sealed record OrderEmailContext(OrderDto Order, EventSummary Event, TenantInfo Organization, string OrderLink, string PdfLink);
