using System.Net;
using System.Net.Http.Json;
using EventPlatform.Payments.Invoices;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Tests.Infrastructure;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.TestBase;
using UglyToad.PdfPig;

namespace EventPlatform.Payments.Tests.Invoices;

/// <summary>Paid orders get invoices and refunds credit notes, numbered without gaps per organization, with the tax taken out.</summary>
[Collection(PaymentsCollection.Name)]
public sealed class InvoiceTests(PaymentsTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _otherOrganizer = factory.CreateClientFor(TestData.UserB, TestData.OrgB);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_issue_numbered_invoices_with_the_tax_taken_out_of_what_was_paid()
    {
        await SetTaxAsync(19m);
        var first = await PaidOrderAsync("Invoice One");
        var second = await PaidOrderAsync("Invoice Two");

        var a = (await InvoicesOfAsync(first.Id, 1)).ShouldHaveSingleItem();
        var b = (await InvoicesOfAsync(second.Id, 1)).ShouldHaveSingleItem();

        a.Kind.ShouldBe(InvoiceKind.Invoice);
        a.Gross.ShouldBe(25m);
        a.Net.ShouldBe(21.01m);
        a.Tax.ShouldBe(3.99m);
        a.TaxRate.ShouldBe(19m);
        a.Number.ShouldMatch(@"^INV-\d{4}-\d{6}$");
        Sequence(b.Number).ShouldBe(Sequence(a.Number) + 1);
    }

    [Fact]
    public async Task Should_let_the_buyer_and_the_organizer_download_the_pdf_and_nobody_else()
    {
        await SetTaxAsync(19m);
        var order = await PaidOrderAsync("Invoice PDF");
        var invoice = (await InvoicesOfAsync(order.Id, 1)).Single();

        var forOrganizer = await _organizer.GetAsync(invoice.PdfPath);
        var forBuyer = await _buyer.GetAsync($"/o/{TestData.OrgASlug}/pay/{order.Id}/invoices/{invoice.Id}.pdf?t={order.AccessToken}");
        var wrongToken = await _buyer.GetAsync($"/o/{TestData.OrgASlug}/pay/{order.Id}/invoices/{invoice.Id}.pdf?t=wrong");
        var otherOrganization = await _otherOrganizer.GetAsync(invoice.PdfPath);

        forOrganizer.StatusCode.ShouldBe(HttpStatusCode.OK);
        forOrganizer.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var pdf = PdfDocument.Open(await forBuyer.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            text.ShouldContain(invoice.Number);
            text.ShouldContain(order.Number);
            text.ShouldContain("Ada Lovelace");
            text.ShouldContain("19 %");
        }

        wrongToken.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherOrganization.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_issue_a_credit_note_for_each_refund_that_corrects_the_invoice()
    {
        await SetTaxAsync(19m);
        var order = await PaidOrderAsync("Credit Notes");
        var invoice = (await InvoicesOfAsync(order.Id, 1)).Single();
        var payment = (await _organizer.PaymentsOfAsync(order.Id)).Single();

        await (await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(11.90m, "one day only"))).ShouldBeOkAsync<PaymentDto>();
        var documents = await InvoicesOfAsync(order.Id, 2);

        var credit = documents.Single(d => d.Kind == InvoiceKind.CreditNote);
        credit.Number.ShouldStartWith("CN-");
        credit.CorrectsNumber.ShouldBe(invoice.Number);
        credit.Gross.ShouldBe(11.90m);
        credit.Tax.ShouldBe(1.90m);
    }

    [Fact]
    public async Task Should_issue_an_invoice_when_the_organizer_marks_an_offline_order_paid()
    {
        var (@event, type) = await _organizer.PaidEventAsync("Offline Invoice");
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type, "offline");
        (await _organizer.InvoicesAsync(order.Id)).ShouldBeEmpty();

        (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/mark-paid", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await InvoicesOfAsync(order.Id, 1)).ShouldHaveSingleItem().Gross.ShouldBe(25m);
    }

    [Fact]
    public async Task Should_add_tax_to_net_prices_at_each_ticket_types_rate_and_invoice_each_rate()
    {
        await SetTaxAsync(19m, pricesIncludeTax: false);
        try
        {
            var (@event, standard) = await _organizer.PaidEventAsync("Net Prices");
            var reduced = await (await _organizer.PostAsJsonAsync($"api/ticketing/events/{@event.Id}/ticket-types",
                new TicketTypeInput("Book", 50m, "EUR", 10, TaxRate: 7m))).ShouldBeOkAsync<TicketTypeDto>();
            reduced.TaxRate.ShouldBe(7m);

            var offer = await (await _buyer.GetAsync($"api/ticketing/public/{TestData.OrgASlug}/events/{@event.Slug}/tickets")).ShouldBeOkAsync<TicketOfferDto>();
            offer.TicketTypes.Single(t => t.Id == standard.Id).AddedTaxRate.ShouldBe(19m);
            offer.TicketTypes.Single(t => t.Id == reduced.Id).AddedTaxRate.ShouldBe(7m);

            var reservation = await (await _buyer.PostAsJsonAsync($"api/ticketing/public/{TestData.OrgASlug}/events/{@event.Slug}/reservations",
                new ReserveInput([new ReservationLineInput(standard.Id, 1), new ReservationLineInput(reduced.Id, 2)]))).ShouldBeOkAsync<ReservationDto>();
            // 25 + 19% = 29.75; 2 x (50 + 7%) = 107.00.
            reservation.Total.ShouldBe(136.75m);
            reservation.Lines.Single(l => l.TicketTypeId == reduced.Id).ShouldSatisfyAllConditions(
                l => l.Tax.ShouldBe(3.50m), l => l.TaxRate.ShouldBe(7m), l => l.TaxIncluded.ShouldBeFalse());
            var order = await (await _buyer.PostAsJsonAsync($"api/ticketing/public/{TestData.OrgASlug}/reservations/{reservation.Id}/confirm",
                new ConfirmReservationInput(reservation.Token, new BuyerInput("Ada Lovelace", "ada@example.com"),
                [
                    new AttendeeInput(standard.Id, "Ada Lovelace", "ada@example.com"), new AttendeeInput(reduced.Id, "Charles Babbage", "charles@example.com"),
                    new AttendeeInput(reduced.Id, "Mary Somerville", "mary@example.com"),
                ], PaymentMethod: "offline"))).ShouldBeOkAsync<OrderDto>();
            order.Total.ShouldBe(136.75m);
            order.Tickets.Where(t => t.TicketTypeId == reduced.Id).ShouldAllBe(t => t.Price == 53.50m);

            (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/mark-paid", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var invoice = (await InvoicesOfAsync(order.Id, 1)).ShouldHaveSingleItem();

            invoice.Gross.ShouldBe(136.75m);
            invoice.Tax.ShouldBe(4.75m + 7.00m);
            invoice.Net.ShouldBe(125m);
            var pdf = await _organizer.GetAsync(invoice.PdfPath);
            using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
            var text = string.Join(" ", document.GetPages().Select(p => p.Text));
            text.ShouldContain("19 %");
            text.ShouldContain("7 %");
            text.ShouldContain("136.75");
        }
        finally
        {
            await SetTaxAsync(19m);
        }
    }

    [Fact]
    public async Task Should_take_a_ticket_types_own_rate_out_of_a_price_that_includes_tax()
    {
        await SetTaxAsync(19m);
        var (@event, _) = await _organizer.PaidEventAsync("Reduced Rate");
        var type = await (await _organizer.PostAsJsonAsync($"api/ticketing/events/{@event.Id}/ticket-types",
            new TicketTypeInput("Museum", 10.70m, "EUR", 10, TaxRate: 7m))).ShouldBeOkAsync<TicketTypeDto>();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type, "offline");
        order.Total.ShouldBe(10.70m);

        (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/mark-paid", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var invoice = (await InvoicesOfAsync(order.Id, 1)).ShouldHaveSingleItem();

        invoice.TaxRate.ShouldBe(7m);
        invoice.Net.ShouldBe(10m);
        invoice.Tax.ShouldBe(0.70m);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(7.125)]
    public async Task Should_refuse_a_ticket_type_tax_rate_out_of_range(decimal rate)
    {
        var (@event, _) = await _organizer.PaidEventAsync("Bad Rate");

        var response = await _organizer.PostAsJsonAsync($"api/ticketing/events/{@event.Id}/ticket-types", new TicketTypeInput("Odd", 10m, "EUR", 10, TaxRate: rate));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).ShouldContain("taxRate", Case.Insensitive);
    }

    private async Task SetTaxAsync(decimal rate, bool pricesIncludeTax = true) =>
        await (await _organizer.PutAsJsonAsync("api/payments/invoice-settings",
            new InvoiceSettingsDto("Organization A GmbH", "Messeplatz 1\n50679 Köln", "DE123456789", rate, PricesIncludeTax: pricesIncludeTax))).ShouldBeOkAsync<InvoiceSettingsDto>();

    private async Task<OrderDto> PaidOrderAsync(string title)
    {
        var (@event, type) = await _organizer.PaidEventAsync(title);
        await _organizer.ConnectStripeAsync();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type);
        var session = (await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order))).Headers.Location!.OriginalString.Split('/')[^1];
        factory.Stripe.Pay(session);
        var (body, signature) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, body, signature)).EnsureSuccessStatusCode();
        return order;
    }

    /// <summary>Invoices are issued from outbox events, a moment after the payment: waits for <paramref name="count"/> of them.</summary>
    private async Task<IReadOnlyList<InvoiceDto>> InvoicesOfAsync(Guid orderId, int count)
    {
        for (var attempt = 0; ; attempt++)
        {
            var invoices = await _organizer.InvoicesAsync(orderId);
            if (invoices.Count >= count || attempt == 100) return invoices;
            await Task.Delay(100);
        }
    }

    private static int Sequence(string number) => int.Parse(number[^6..]);
}
