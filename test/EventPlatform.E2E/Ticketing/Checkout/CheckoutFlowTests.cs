using System.Text.RegularExpressions;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.Ticketing.Orders;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Ticketing.Checkout;

public sealed class CheckoutFlowTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_buy_two_tickets_from_the_event_page_and_show_the_confirmation_number()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var page = await NewPageAsync();
        await page.GotoAsync(seeded.EventPath);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-ticket-box");

        await page.ReserveAsync(App, "Regular", 2);

        var clock = page.Locator("[data-countdown-clock]");
        await clock.WaitForAsync();
        (await clock.TextContentAsync())!.ShouldMatch(@"\d+:\d\d");
        (await page.Locator(".co-summary").TextContentAsync())!.ShouldContain("2 × Regular");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-details");

        await page.FillBuyerAsync("Ada Lovelace", "ada@example.com");
        await page.FillAttendeeAsync(0, name: null, email: null, diet: "Vegetarian");
        await page.FillAttendeeAsync(1, "Grace Hopper", "grace@example.com", "None");
        (await page.Locator("#Attendees-0--Name").InputValueAsync()).ShouldBe("Ada Lovelace");
        await page.ConfirmAsync();

        await page.WaitForURLAsync("**/done");
        (await page.Locator("[data-order-number]").TextContentAsync())!.ShouldMatch(OrderConsts.NumberPattern);
        var tickets = await page.Locator(".co-ticket").AllTextContentsAsync();
        tickets.Count.ShouldBe(2);
        tickets.ShouldContain(t => t.Contains("Ada Lovelace"));
        tickets.ShouldContain(t => t.Contains("Grace Hopper"));
        (await page.GetByRole(AriaRole.Link, new() { Name = App.TicketingText("en", "Checkout:ViewOrder") }).GetAttributeAsync("href"))!
            .ShouldMatch(new Regex($"^/o/{seeded.Organization}/orders/REG-[0-9]{{8}}-[0-9A-Z]{{6}}\\?t=.+").ToString());
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-done");
    }

    [Fact]
    public async Task Should_show_a_refused_email_next_to_its_field()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var page = await NewPageAsync();
        await page.GotoAsync(seeded.EventPath);
        await page.ReserveAsync(App, "Regular", 1);

        // The browser accepts "ada@localhost"; the server wants a dotted domain, which is what mail servers deliver to.
        await page.FillBuyerAsync("Ada Lovelace", "ada@localhost");
        await page.FillAttendeeAsync(0, null, null, "Vegan");
        await page.ConfirmAsync();

        var error = page.Locator("#err-Buyer-Email");
        await error.WaitForAsync();
        (await error.TextContentAsync()).ShouldBe(App.TicketingText("en", "Checkout:EmailInvalid"));
        (await page.Locator("#Buyer-Email").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await page.Locator("#Buyer-Email").GetAttributeAsync("aria-describedby"))!.ShouldContain("err-Buyer-Email");
        (await page.Locator("#Buyer-Name").InputValueAsync()).ShouldBe("Ada Lovelace");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-field-error");
    }

    [Fact]
    public async Task Should_show_a_sold_out_ticket_type_as_sold_out_without_a_quantity()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var page = await NewPageAsync();
        await page.GotoAsync(seeded.EventPath);

        var row = page.Locator(".co-type").Filter(new() { HasText = "Early bird" });
        (await row.TextContentAsync())!.ShouldContain(App.TicketingText("en", "Checkout:SoldOut"));
        (await row.Locator("select").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_release_the_tickets_when_the_buyer_cancels_the_reservation()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var page = await NewPageAsync();
        await page.GotoAsync(seeded.EventPath);
        await page.ReserveAsync(App, "Workshop pass", 4);

        await page.GetByRole(AriaRole.Button, new() { Name = App.TicketingText("en", "Checkout:CancelReservation") }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = App.TicketingText("en", "Checkout:CancelledTitle") }).WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-cancelled");
        await page.GetByRole(AriaRole.Link, new() { Name = App.TicketingText("en", "Checkout:BackToEvent") }).ClickAsync();
        await page.WaitForURLAsync($"**{seeded.EventPath}#tickets");
        var row = page.Locator(".co-type").Filter(new() { HasText = "Workshop pass" });
        (await row.TextContentAsync())!.ShouldContain(App.TicketingText("en", "Checkout:FewLeft", 5));
    }
}
