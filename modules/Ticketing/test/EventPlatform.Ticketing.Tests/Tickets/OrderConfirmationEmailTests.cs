using System.Text;
using EventPlatform.Platform.Email;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Tickets.Documents;
using EventPlatform.Ticketing.Tickets.Email;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace EventPlatform.Ticketing.Tests.Tickets;

[Collection(TicketingCollection.Name)]
public sealed class OrderConfirmationEmailTests(TicketingTestFactory factory)
{
    private OrderConfirmationEmail Email => factory.Services.GetRequiredService<OrderConfirmationEmail>();

    [Fact]
    public async Task Should_attach_the_tickets_as_a_pdf_and_the_event_as_a_calendar_file()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 2);

        var message = Email.Compose(order);

        message.To.ShouldBe(order.BuyerEmail);
        message.Attachments.Select(a => a.ContentType).ShouldBe(["application/pdf", "text/calendar"]);
        var pdf = message.Attachments[0];
        pdf.FileName.ShouldBe("tickets-A-1042.pdf");
        PdfText.PagesOf(pdf.Content).Count.ShouldBe(2);
        Encoding.UTF8.GetString(message.Attachments[1].Content).ShouldStartWith("BEGIN:VCALENDAR");
    }

    [Fact]
    public async Task Should_write_the_subject_and_body_in_german_for_a_german_order()
    {
        var order = await SampleOrders.CreateAsync(factory, culture: "de", tickets: 1);

        var message = Email.Compose(order);

        message.Subject.ShouldBe($"Ihre Tickets für {order.EventTitle} ({order.OrderNumber})");
        message.TextBody.ShouldNotBeNull().ShouldContain("Samstag, 12. Juni 2027, 19:00 – 23:00", Case.Sensitive);
    }

    [Fact]
    public async Task Should_write_the_subject_in_english_for_an_english_order()
    {
        var order = await SampleOrders.CreateAsync(factory, culture: "en", tickets: 1);

        Email.Compose(order).Subject.ShouldBe($"Your tickets for {order.EventTitle} ({order.OrderNumber})");
    }

    [Fact]
    public async Task Should_link_to_the_order_page()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 1);

        var message = Email.Compose(order);

        message.HtmlBody.ShouldContain($"href=\"{order.OrderUrl.Replace("&", "&amp;")}\"");
        message.TextBody.ShouldNotBeNull().ShouldContain(order.OrderUrl);
    }

    [Fact]
    public async Task Should_use_only_a_hex_brand_color_in_the_mail_styles()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 1) with { BrandColor = "red;background:url(https://evil.test/x)" };

        var html = Email.Compose(order).HtmlBody;

        html.ShouldNotContain("evil.test");
        html.ShouldContain($"background: {BrandColor.Default};");
    }

    [Fact]
    public async Task Should_write_dark_text_on_a_light_brand_color()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 1) with { BrandColor = "#FDE68A" };

        Email.Compose(order).HtmlBody.ShouldContain("background: #FDE68A; color: #111827;");
    }

    [Fact]
    public async Task Should_deliver_both_attachments_through_the_mail_sender()
    {
        var order = await SampleOrders.CreateAsync(factory, culture: "es", tickets: 1) with { BuyerEmail = $"buyer-{Guid.NewGuid():N}@example.test" };

        await factory.Services.GetRequiredService<IEmailSender>().SendAsync(Email.Compose(order));

        var received = await factory.Mailbox.WaitForAsync(order.BuyerEmail, order.EventTitle);
        received.Subject.ShouldBe($"Tus entradas para {order.EventTitle} ({order.OrderNumber})");
        var attachments = received.Attachments.OfType<MimePart>().ToList();
        attachments.Select(a => a.ContentType.MimeType).ShouldBe(["application/pdf", "text/calendar"]);
        attachments.Select(a => a.FileName).ShouldBe(["tickets-A-1042.pdf", "event.ics"]);
    }
}
