using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Ticketing.Orders;

/// <summary>A visitor finds a sold-out ticket type on the event page and joins its waitlist from there.</summary>
public sealed class WaitlistJoinTests(E2EFactory app, BrowserFixture browser) : OrdersBrowserTest(app, browser)
{
    [Fact]
    public async Task Should_join_the_waitlist_of_a_sold_out_ticket_type_from_the_event_page()
    {
        var sale = await NewSaleAsync("Waitlist Summit", quantity: 1, waitlist: true);
        await BuyAsync(sale, "Ada Lovelace", "ada@example.com");
        var page = await NewPageAsync();

        await page.GotoAsync($"/o/{TestData.OrgASlug}/e/{sale.Event.Slug}");
        var ticket = page.Locator(".co-type", new() { HasText = "Regular" });
        await Expect(ticket).ToContainTextAsync("Sold out");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-sold-out-waitlist");

        await ticket.GetByRole(AriaRole.Link, new() { Name = "Regular is sold out – join the waitlist" }).ClickAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Grace Hopper");
        await page.GetByLabel("E-mail").FillAsync("grace@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join the waitlist" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You are on the waitlist for Regular.");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("grace@example.com");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkout-waitlist-joined");
    }
}
