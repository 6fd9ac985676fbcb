using System.Globalization;
using EventPlatform.Platform.Email;

namespace EventPlatform.Ticketing.Orders.Email;

/// <summary>The confirmation e-mail without attachments: what was booked and the link to the order page (tickets, PDF, changes).</summary>
public sealed class BasicOrderEmailComposer(IEmailTemplateRenderer renderer) : IOrderEmailComposer
{
    public Task<EmailMessage> ComposeAsync(OrderEmailContext context, CancellationToken cancellationToken)
    {
        var order = context.Order;
        var mail = renderer.Render(typeof(BasicOrderEmailComposer), "OrdersConfirmation", new Dictionary<string, string?>
        {
            ["name"] = order.BuyerName,
            ["event"] = context.Event.Title,
            ["organization"] = context.Organization.Name,
            ["number"] = order.Number,
            ["tickets"] = order.Tickets.Count.ToString(CultureInfo.InvariantCulture),
            ["link"] = context.OrderLink,
            ["pdf"] = context.PdfLink,
        });
        return Task.FromResult(mail.ToMessage(order.BuyerEmail));
    }
}
