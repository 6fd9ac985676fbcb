using System.Text;
using EventPlatform.Platform.Email;
using EventPlatform.Ticketing.Tickets.Documents;

namespace EventPlatform.Ticketing.Tickets.Email;

/// <summary>
/// The buyer's confirmation: a localized mail (template <c>OrderConfirmation.{culture}.html</c>) with the tickets as a
/// PDF and the event as an .ics attached, and a link to the order page.
/// </summary>
public sealed class OrderConfirmationEmail(IEmailTemplateRenderer templates, TicketPdfRenderer pdf, OrderCalendarWriter calendar)
{
    public const string Template = "OrderConfirmation";

    public EmailMessage Compose(OrderDocument order)
    {
        var culture = DocumentCulture.Resolve(order.Culture);
        var mail = templates.Render(typeof(OrderConfirmationEmail), Template, new Dictionary<string, string?>
        {
            ["name"] = order.BuyerName,
            ["organization"] = order.OrganizationName,
            ["event"] = order.EventTitle,
            ["when"] = TicketTimes.Format(order.StartsAt, order.EndsAt, order.TimeZone, culture),
            ["location"] = order.Location ?? "",
            ["orderNumber"] = order.OrderNumber,
            ["link"] = order.OrderUrl,
            ["color"] = BrandColor.Normalize(order.BrandColor),
            ["onColor"] = BrandColor.TextOnHex(order.BrandColor),
        }, culture);
        return mail.ToMessage(order.BuyerEmail,
        [
            new EmailAttachment(TicketPdfRenderer.FileNameOf(order), TicketPdfRenderer.ContentType, pdf.Render(order)),
            new EmailAttachment(OrderCalendarWriter.FileName, OrderCalendarWriter.ContentType, Encoding.UTF8.GetBytes(calendar.Write(order))),
        ]);
    }
}
