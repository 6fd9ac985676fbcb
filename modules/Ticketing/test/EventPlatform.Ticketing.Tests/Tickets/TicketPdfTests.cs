using System.Text;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.Tickets.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tests.Tickets;

[Collection(TicketingCollection.Name)]
public sealed class TicketPdfTests(TicketingTestFactory factory)
{
    private TicketPdfRenderer Renderer => factory.Services.GetRequiredService<TicketPdfRenderer>();

    [Fact]
    public async Task Should_render_a_pdf_document()
    {
        var pdf = Renderer.Render(await SampleOrders.CreateAsync(factory));

        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
    }

    [Fact]
    public async Task Should_render_one_page_per_ticket()
    {
        var pdf = Renderer.Render(await SampleOrders.CreateAsync(factory, tickets: 3));

        PdfText.PagesOf(pdf).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Should_print_each_tickets_code_and_attendee_on_its_own_page()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 2);

        var pages = PdfText.PagesOf(Renderer.Render(order));

        for (var i = 0; i < order.Tickets.Count; i++)
        {
            pages[i].ShouldContain(order.Tickets[i].Code, Case.Sensitive);
            pages[i].ShouldContain(order.Tickets[i].AttendeeName, Case.Sensitive);
            pages[i].ShouldNotContain(order.Tickets[1 - i].Code);
        }
    }

    [Fact]
    public async Task Should_print_the_event_organization_order_and_price()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 1);

        var page = PdfText.PagesOf(Renderer.Render(order))[0];

        page.ShouldContain(order.EventTitle);
        page.ShouldContain(order.OrganizationName);
        page.ShouldContain(order.OrderNumber);
        page.ShouldContain("Opening keynote");
        page.ShouldContain("EUR 25.00", Case.Sensitive);
    }

    [Fact]
    public async Task Should_show_the_time_in_the_events_time_zone()
    {
        var page = PdfText.PagesOf(Renderer.Render(await SampleOrders.CreateAsync(factory, culture: "en-GB", tickets: 1)))[0];

        page.ShouldContain("Saturday, 12 June 2027, 19:00 – 23:00 (Europe/Berlin)", Case.Sensitive);
    }

    [Fact]
    public async Task Should_write_labels_dates_and_prices_in_the_orders_culture()
    {
        var page = PdfText.PagesOf(Renderer.Render(await SampleOrders.CreateAsync(factory, culture: "de", tickets: 1)))[0];

        page.ShouldContain("TEILNEHMER/IN", Case.Sensitive);
        page.ShouldContain("Samstag, 12. Juni 2027, 19:00 – 23:00", Case.Sensitive);
        page.ShouldContain("25,00 EUR", Case.Sensitive);
    }

    [Fact]
    public async Task Should_show_a_free_ticket_as_free_in_the_orders_language()
    {
        var page = PdfText.PagesOf(Renderer.Render(await SampleOrders.CreateAsync(factory, culture: "es", tickets: 1, price: 0)))[0];

        page.ShouldContain("Gratis", Case.Sensitive);
    }

    [Fact]
    public async Task Should_draw_the_organizations_logo_on_every_page()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 2, logo: Convert.FromBase64String(OnePixelPng));

        using var pdf = UglyToad.PdfPig.PdfDocument.Open(Renderer.Render(order));

        pdf.GetPages().ShouldAllBe(page => page.GetImages().Count() == 1);
    }

    [Fact]
    public async Task Should_still_render_the_tickets_when_the_logo_cannot_be_read()
    {
        var order = await SampleOrders.CreateAsync(factory, tickets: 1, logo: Encoding.ASCII.GetBytes("RIFF....WEBPVP8 not an image PDFsharp reads"));

        var pages = PdfText.PagesOf(Renderer.Render(order));

        pages[0].ShouldContain(order.Tickets[0].Code, Case.Sensitive);
    }

    private const string OnePixelPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";
}
