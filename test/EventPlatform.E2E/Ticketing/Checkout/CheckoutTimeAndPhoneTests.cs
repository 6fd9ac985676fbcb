using EventPlatform.E2E.Infrastructure;
using EventPlatform.Ticketing.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Ticketing.Checkout;

public sealed class CheckoutTimeAndPhoneTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    protected override bool ReusesBrowserContexts => false;

    [Fact]
    public async Task Should_announce_the_last_minutes_and_show_the_released_page_when_the_reservation_expires()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var page = await NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(seeded.EventPath);
        await page.ReserveAsync(App, "Regular", 1);

        await page.Clock.FastForwardAsync("10:05");
        (await page.Locator("[data-countdown-live]").TextContentAsync()).ShouldBe(App.TicketingText("en", "Checkout:FiveMinutesLeft"));

        // The host's clock cannot move: the reservation's time runs out in the database, the page's clock in the browser.
        await ExpireAsync(seeded.OrganizationId, Guid.Parse(page.Url.Split('/')[^1]));
        await page.Clock.FastForwardAsync("05:00");

        await page.GetByRole(AriaRole.Heading, new() { Name = App.TicketingText("en", "Checkout:ExpiredTitle") }).WaitForAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = App.TicketingText("en", "Checkout:BackToEvent") }).GetAttributeAsync("href"))
            .ShouldBe($"{seeded.EventPath}#tickets");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-expired");
    }

    [Fact]
    public async Task Should_buy_a_paid_ticket_to_pay_at_the_venue_on_a_phone()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var page = await NewPageAsync(viewport: Phone);
        await page.GotoAsync(seeded.EventPath);
        await page.ShouldFitThePhoneAsync();
        await ScreenshotAsync(page, "checkout-ticket-box-phone");

        await page.ReserveAsync(App, "Workshop pass", 1);
        await page.ShouldFitThePhoneAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-details-phone");
        await page.FillBuyerAsync("Alan Turing", "alan@example.com");
        await page.Locator("#Buyer-Phone").FillAsync("+442079460000");
        await page.FillAttendeeAsync(0, null, null, "None");
        (await page.GetByLabel(App.TicketingText("en", "Checkout:PayWith:offline"), new() { Exact = false }).IsCheckedAsync()).ShouldBeTrue();
        await page.ConfirmAsync();

        await page.WaitForURLAsync("**/done");
        (await page.Locator(".co-done").TextContentAsync())!.ShouldContain(App.TicketingText("en", "Checkout:DonePendingHeading"));
        await page.ShouldFitThePhoneAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-done-phone");
    }

    [Fact]
    public async Task Should_show_the_checkout_in_german()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var page = await NewPageAsync(locale: "de-DE");
        await page.GotoAsync(seeded.EventPath);
        await page.GetByLabel(App.TicketingText("de", "Checkout:QuantityOf", "Regular")).SelectOptionAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = App.TicketingText("de", "Checkout:Reserve") }).ClickAsync();
        await page.WaitForURLAsync("**/checkout/*");

        await page.GetByRole(AriaRole.Heading, new() { Name = App.TicketingText("de", "Checkout:YourDetails") }).WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-details-de");
    }

    private Task ExpireAsync(Guid organization, Guid reservationId) =>
        App.InTenantAsync(organization, async sp =>
        {
            var db = sp.GetRequiredService<TicketingDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlAsync($"UPDATE ticketing.reservations SET expires_at = now() - interval '1 second' WHERE id = {reservationId}");
            await db.Database.ExecuteSqlAsync($"UPDATE ticketing.holds SET expires_at = now() - interval '1 second' WHERE reservation_id = {reservationId}");
            await transaction.CommitAsync();
        });
}
