using System.Net.Http.Json;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.E2E.Ticketing.Checkout;
using EventPlatform.Payments.Settings;
using EventPlatform.TestBase;
using EventPlatform.TestBase.PaymentStandIns;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Payments;

/// <summary>An organizer connects Stripe; a buyer pays for a ticket on (a local stand-in of) Stripe's page and sees it confirmed.</summary>
public sealed class PaymentPagesTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_connect_stripe_and_show_the_address_for_its_webhooks()
    {
        var page = await NewSignedInPageAsync(TestData.UserB, TestData.OrgB);
        await page.GotoAsync("/organizations/payments");

        await page.Locator("#stripe-enabled").CheckAsync();
        await page.GetByLabel("Publishable key (pk_…)").FillAsync("pk_test_e2e");
        await page.GetByLabel("Secret key (sk_…)").FillAsync(StripeStandIn.SecretKey);
        await page.GetByLabel("Webhook signing secret (whsec_…)").FillAsync(StripeStandIn.WebhookSecret);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save Stripe" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).ShouldBe("Stripe settings saved.");
        (await page.GetByLabel("Secret key (sk_…)").InputValueAsync()).ShouldBeEmpty();
        (await page.Locator("#stripe-secret-help").TextContentAsync()).ShouldBe("A key is stored. Enter a new one only to replace it.");
        (await page.Locator("#stripe-url").InputValueAsync()).ShouldBe($"{App.BaseUrl}/payments/webhooks/stripe/{TestData.OrgBSlug}");
        (await page.ContentAsync()).ShouldNotContain(StripeStandIn.SecretKey);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizations-payments");
    }

    [Fact]
    public async Task Should_set_the_days_to_pay_later_and_show_the_buyer_the_deadline()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var settings = await NewSignedInPageAsync(TestData.UserA, seeded.OrganizationId);
        await settings.GotoAsync("/organizations/payments");
        var days = settings.GetByLabel("Days to pay");
        (await days.InputValueAsync()).ShouldBe("7");

        await days.FillAsync("400");
        await settings.GetByRole(AriaRole.Button, new() { Name = "Save Pay later" }).ClickAsync();
        (await settings.Locator("#offline-error").TextContentAsync()).ShouldBe("Days to pay must be between 1 and 365, or empty for no deadline.");
        await days.FillAsync("3");
        await settings.GetByRole(AriaRole.Button, new() { Name = "Save Pay later" }).ClickAsync();
        (await settings.GetByRole(AriaRole.Status).TextContentAsync()).ShouldBe("Pay later settings saved.");
        (await days.InputValueAsync()).ShouldBe("3");
        await settings.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(settings, "organizations-payments-pay-later");

        var page = await NewPageAsync(viewport: Phone);
        await page.GotoAsync(seeded.EventPath);
        await page.ReserveAsync(App, "Workshop pass", 1);
        await page.FillBuyerAsync("Grace Hopper", "grace@example.com");
        await page.FillAttendeeAsync(0, null, null, "None");
        var payLater = page.GetByLabel(App.TicketingText("en", "Checkout:PayWith:offline"), new() { Exact = false });
        (await payLater.IsCheckedAsync()).ShouldBeTrue();
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var dueDay = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddDays(3), berlin).ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        (await page.Locator(".co-pay").TextContentAsync())!.ShouldContain(dueDay);
        await page.ConfirmAsync();

        await page.WaitForURLAsync("**/done");
        (await page.Locator("[data-payment-due]").TextContentAsync())!.ShouldContain(dueDay);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = App.TicketingText("en", "Checkout:ViewOrder") }).ClickAsync();
        await page.WaitForURLAsync("**/orders/**");
        (await page.Locator("dd[data-payment-due]").TextContentAsync())!.ShouldContain(dueDay);
        await page.ShouldFitThePhoneAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "order-pay-later-phone");
    }

    [Fact]
    public async Task Should_quote_net_prices_and_add_each_ticket_types_tax_at_checkout()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var settings = await NewSignedInPageAsync(TestData.UserA, seeded.OrganizationId);
        await settings.GotoAsync("/organizations/payments");
        await settings.GetByLabel("Tax rate (%)").FillAsync("19");
        await settings.GetByLabel("Ticket prices include tax").UncheckAsync();
        await settings.GetByRole(AriaRole.Button, new() { Name = "Save invoice details" }).ClickAsync();
        (await settings.GetByLabel("Ticket prices include tax").IsCheckedAsync()).ShouldBeFalse();

        // The workshop pass is taxed at a reduced rate of its own, set in the ticket type editor.
        await settings.GotoAsync($"/manage/events/{seeded.Event.Id}/tickets/{seeded.Workshop.Id}");
        await settings.GetByLabel("Tax rate (%)").FillAsync("7");
        await settings.GetByRole(AriaRole.Button, new() { Name = "Save ticket type" }).ClickAsync();
        await settings.WaitForURLAsync($"**/manage/events/{seeded.Event.Id}/tickets");
        await settings.GotoAsync($"/manage/events/{seeded.Event.Id}/tickets/{seeded.Workshop.Id}");
        (await settings.GetByLabel("Tax rate (%)").InputValueAsync()).ShouldBe("7");
        await settings.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(settings, "organizer-ticket-type-tax-rate");

        var page = await NewPageAsync();
        await page.GotoAsync(seeded.EventPath);
        var workshop = page.Locator(".co-type").Filter(new() { HasText = "Workshop pass" });
        (await workshop.Locator(".co-type__tax").TextContentAsync()).ShouldBe("plus 7% tax");
        await page.ReserveAsync(App, "Workshop pass", 2);

        var summary = page.Locator(".co-summary");
        await summary.WaitForAsync();
        (await summary.Locator(".co-taxes").TextContentAsync())!.ShouldContain("298.00 EUR");
        (await summary.Locator("[data-tax]").TextContentAsync()).ShouldBe("20.86 EUR");
        (await summary.Locator(".co-total").TextContentAsync())!.ShouldContain("318.86 EUR");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-net-prices-with-tax");
    }

    [Fact]
    public async Task Should_refuse_the_payment_settings_to_staff()
    {
        var page = await NewSignedInPageAsync(TestData.StaffA, TestData.OrgA);

        (await page.GotoAsync("/organizations/payments"))!.Status.ShouldBe(403);
    }

    [Fact]
    public async Task Should_pay_for_a_ticket_with_stripe_and_see_the_order_confirmed_on_a_phone()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var owner = App.CreateClientFor(TestData.UserA, seeded.OrganizationId);
        owner.BaseAddress = new Uri(App.BaseUrl);
        (await owner.PutAsJsonAsync("api/payments/payment-provider/stripe",
            new UpdatePaymentProviderInput(true, false, "pk_test_e2e", StripeStandIn.SecretKey, StripeStandIn.WebhookSecret))).EnsureSuccessStatusCode();
        var page = await NewPageAsync(viewport: Phone);
        await page.GotoAsync(seeded.EventPath);

        await page.ReserveAsync(App, "Workshop pass", 1);
        await page.FillBuyerAsync("Grace Hopper", "grace@example.com");
        await page.FillAttendeeAsync(0, null, null, "None");
        var stripe = page.GetByLabel(App.TicketingText("en", "Checkout:PayWith:stripe"), new() { Exact = false });
        (await stripe.IsCheckedAsync()).ShouldBeTrue();
        await page.ShouldFitThePhoneAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-pay-with-stripe-phone");
        await page.ConfirmAsync();

        await page.WaitForURLAsync($"{App.Stripe.Url}/pay/**");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pay" }).ClickAsync();

        await page.WaitForURLAsync("**/orders/**");
        (await page.Locator(".orders-summary, main").First.TextContentAsync())!.ShouldContain(App.TicketingText("en", "Orders:Status:Confirmed"));
        (await page.GetByRole(AriaRole.Link, new() { Name = App.TicketingText("en", "Checkout:PayNow") }).CountAsync()).ShouldBe(0);
        await page.ShouldFitThePhoneAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "order-paid-with-stripe-phone");
    }

    [Fact]
    public async Task Should_show_the_payment_and_refund_part_of_it_from_the_registration_page()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var owner = App.CreateClientFor(TestData.UserA, seeded.OrganizationId);
        owner.BaseAddress = new Uri(App.BaseUrl);
        (await owner.PutAsJsonAsync("api/payments/payment-provider/stripe",
            new UpdatePaymentProviderInput(true, false, "pk_test_e2e", StripeStandIn.SecretKey, StripeStandIn.WebhookSecret))).EnsureSuccessStatusCode();
        var buyer = App.CreateClientFor();
        buyer.BaseAddress = new Uri(App.BaseUrl);
        var reservation = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{seeded.Organization}/events/{seeded.Event.Slug}/reservations",
            new EventPlatform.Ticketing.Checkout.ReserveInput([new EventPlatform.Ticketing.Checkout.ReservationLineInput(seeded.Workshop.Id, 1)])))
            .ShouldBeOkAsync<EventPlatform.Ticketing.Checkout.ReservationDto>();
        var order = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{seeded.Organization}/reservations/{reservation.Id}/confirm",
            new EventPlatform.Ticketing.Checkout.ConfirmReservationInput(reservation.Token, new("Ada Lovelace", "ada@example.com"),
                [new(seeded.Workshop.Id, "Ada Lovelace", "ada@example.com", [new(seeded.DietQuestion, "None")])], PaymentMethod: "stripe")))
            .ShouldBeOkAsync<EventPlatform.Ticketing.Orders.OrderDto>();
        var toStripe = await buyer.GetAsync($"/o/{seeded.Organization}/pay/{order.Id}?t={order.AccessToken}");
        // This client follows redirects: it ends on the stand-in's checkout page, whose address names the session.
        var session = toStripe.RequestMessage!.RequestUri!.AbsolutePath.Split('/')[^1];
        var success = (string)App.Stripe.Pay(session)["success_url"]!;
        (await buyer.GetAsync(new Uri(success).PathAndQuery)).EnsureSuccessStatusCode();

        var page = await NewSignedInPageAsync(TestData.UserA, seeded.OrganizationId);
        await page.GotoAsync($"/manage/events/{seeded.Event.Id}/registrations/{order.Id}");
        (await page.Locator("#payments-heading").TextContentAsync()).ShouldBe("Payments");
        await page.GetByLabel("Amount to refund (EUR)").FillAsync("49");
        await page.GetByLabel("Reason (optional)").FillAsync("Workshop cancelled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.ShouldContain("The refund was sent to the payment provider.");
        (await page.Locator(".orders-card", new() { HasText = "Payments" }).TextContentAsync())!.ShouldContain("Workshop cancelled");
        // The invoice and the credit note follow the payment and the refund through the outbox, a moment later.
        for (var attempt = 0; attempt < 50 && await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Credit note") }).CountAsync() == 0; attempt++)
        {
            await Task.Delay(200);
            await page.ReloadAsync();
        }

        (await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Invoice INV-") }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Credit note CN-") }).CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "registration-payments");
    }
}
