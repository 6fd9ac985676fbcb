using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Ticketing.Organizer;

/// <summary>The organizer sets up selling in the browser: a ticket type, a change to it, and a shared quota.</summary>
public sealed class TicketTypeFlowTests(E2EFactory app, BrowserFixture browser) : OrganizerBrowserTest(app, browser)
{
    [Fact]
    public async Task Should_create_and_edit_a_ticket_type_and_share_a_quota()
    {
        var eventId = await NewEventAsync("Ticket Days");
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);

        // From the event editor to the empty tickets page.
        await page.GotoAsync($"/manage/events/{eventId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tickets", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**/manage/events/{eventId}/tickets");
        await Expect(page.Locator(".empty-state__title")).ToHaveTextAsync("No ticket types yet");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // A new ticket type with a sale window in the event's zone.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add ticket type" }).ClickAsync();
        await page.WaitForURLAsync("**/tickets/new");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-ticket-type-new");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Early Bird");
        await page.GetByLabel("Price").FillAsync("49.90");
        await page.GetByLabel("Quantity").FillAsync("100");
        await page.GetByLabel("Sale starts").FillAsync("2027-01-01T09:00");
        await page.GetByLabel("Sale ends").FillAsync("2027-05-31T23:59");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save ticket type" }).ClickAsync();
        await page.WaitForURLAsync($"**/manage/events/{eventId}/tickets");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Ticket type added.");
        var row = page.Locator("tbody tr").Filter(new() { HasText = "Early Bird" });
        await Expect(row).ToContainTextAsync("€49.90");
        await Expect(row).ToContainTextAsync("0 sold · 0 held / 100");
        await Expect(row).ToContainTextAsync("From 1/1/2027 9:00 AM");

        // Edited: a wrong value is shown next to its field, then the fix is saved.
        await row.GetByRole(AriaRole.Link, new() { Name = "Early Bird" }).ClickAsync();
        await Expect(page.GetByLabel("Sale starts")).ToHaveValueAsync("2027-01-01T09:00");
        await page.GetByLabel("Minimum per order").FillAsync("5");
        await page.GetByLabel("Maximum per order").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save ticket type" }).ClickAsync();
        await Expect(page.Locator("#max-error")).Not.ToBeEmptyAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-ticket-type-error");
        await page.GetByLabel("Minimum per order").FillAsync("1");
        await page.GetByLabel("Maximum per order").FillAsync("4");
        await page.GetByLabel("Quantity").FillAsync("80");
        await page.GetByLabel("Visibility").SelectOptionAsync(new SelectOptionValue { Label = "Promo code only" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save ticket type" }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Ticket type saved.");
        await Expect(row).ToContainTextAsync("0 sold · 0 held / 80");
        await Expect(row).ToContainTextAsync("Promo code only");

        // A second type and a quota both share.
        await NewTicketTypeAsync(eventId, "Regular", 79m, 200);
        await page.GotoAsync($"/manage/events/{eventId}/tickets");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add shared quota" }).ClickAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Main hall");
        await page.GetByLabel("Seats").FillAsync("250");
        await page.GetByLabel("Early Bird").CheckAsync();
        await page.GetByLabel("Regular").CheckAsync();
        await ScreenshotAsync(page, "organizer-quota-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save quota" }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Shared quota added.");
        var quota = page.Locator(".tix-quota");
        await Expect(quota).ToContainTextAsync("Main hall");
        await Expect(quota).ToContainTextAsync("0 sold · 0 held / 250");
        await Expect(quota).ToContainTextAsync("Shared by: Early Bird, Regular");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-tickets");
    }

    [Fact]
    public async Task Should_show_the_tickets_page_readably_on_a_phone_in_german()
    {
        var eventId = await NewEventAsync("Telefon-Tage");
        await NewTicketTypeAsync(eventId, "Frühbucher", 39.5m);
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA, "de-DE", Phone);

        await page.GotoAsync($"/manage/events/{eventId}/tickets");

        await Expect(page.Locator("tbody tr")).ToContainTextAsync("39,50 €");
        await ShouldFitThePhoneAsync(page);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizer-tickets-phone-de");
    }
}
