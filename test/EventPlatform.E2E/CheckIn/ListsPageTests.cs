using System.Net.Http.Json;
using EventPlatform.CheckIn.Scans;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.E2E.Ticketing.Checkout;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.CheckIn;

/// <summary>
/// An organizer changes a gate's rules, deletes a list nobody used, and is told why a used one stays; then picks the
/// entrance from the gate app's home.
/// </summary>
public sealed class ListsPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_edit_a_list_delete_an_unused_one_and_keep_one_with_scans()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var page = await NewSignedInPageAsync(TestData.UserA, seeded.OrganizationId, viewport: Phone);
        await page.GotoAsync($"/manage/events/{seeded.Event.Id}/check-in");
        foreach (var name in new[] { "Main entrance", "Side door" })
        {
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create list" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).Filter(new() { HasText = name }).WaitForAsync();
        }

        // Edit: the form comes back filled in, and saving changes the list instead of adding one.
        await Card(page, "Side door").GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        (await page.Locator("#new-list-title").TextContentAsync()).ShouldBe("Edit “Side door”");
        (await page.GetByLabel("Name", new() { Exact = true }).InputValueAsync()).ShouldBe("Side door");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("VIP door");
        await page.GetByLabel("Entries per ticket").SelectOptionAsync("Unlimited");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkin-lists-edit-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).ShouldBe("Check-in list “VIP door” saved.");
        (await page.Locator(".checkin-list h2").AllTextContentsAsync()).ShouldBe(["Main entrance", "VIP door"]);
        (await Card(page, "VIP door").TextContentAsync())!.ShouldContain("Re-entry allowed");
        (await page.Locator("#new-list-title").TextContentAsync()).ShouldBe("New check-in list");

        // A list with a scan stays, with the reason; an unused one goes.
        var main = (await page.Locator(".checkin-list", new() { HasText = "Main entrance" }).GetByRole(AriaRole.Link, new() { Name = "Open scanner" })
            .GetAttributeAsync("href"))!.Split('/')[^1];
        var gate = App.CreateClientFor(TestData.UserA, seeded.OrganizationId);
        gate.BaseAddress = new Uri(App.BaseUrl);
        var ticket = await CheckInSeed.BuyAsync(App, seeded, "Ada Lovelace");
        (await (await gate.PostAsJsonAsync($"api/checkin/lists/{main}/scans", new ScanInput(ticket.Code))).ShouldBeOkAsync<ScanResultDto>())
            .Outcome.ShouldBe(ScanOutcome.Valid);
        await Card(page, "Main entrance").Locator("summary", new() { HasText = "Delete" }).ClickAsync();
        await Card(page, "Main entrance").GetByRole(AriaRole.Button, new() { Name = "Delete list" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).TextContentAsync()).ShouldBe("Tickets were scanned on this list; it cannot be deleted.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkin-lists-delete-refused-phone");

        await Card(page, "VIP door").Locator("summary", new() { HasText = "Delete" }).ClickAsync();
        await Card(page, "VIP door").GetByRole(AriaRole.Button, new() { Name = "Delete list" }).ClickAsync();
        (await page.GetByRole(AriaRole.Status).TextContentAsync()).ShouldBe("Check-in list “VIP door” deleted.");
        (await page.Locator(".checkin-list h2").AllTextContentsAsync()).ShouldBe(["Main entrance"]);

        // The gate app's home: staff pick the event's entrance from the main navigation.
        await page.GetByRole(AriaRole.Link, new() { Name = "Check-in", Exact = true }).First.ClickAsync();
        await page.WaitForURLAsync("**/check-in");
        var card = page.Locator(".checkin-gates__event", new() { HasText = seeded.Event.Title });
        (await card.GetByRole(AriaRole.Link).AllInnerTextsAsync()).Select(t => t.ReplaceLineEndings(" ").Trim()).ShouldBe(["Main entrance 1 checked in"]);
        await page.ShouldFitThePhoneAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkin-gates-phone");
        await card.GetByRole(AriaRole.Link, new() { Name = "Main entrance" }).ClickAsync();
        await page.WaitForURLAsync($"**/check-in/{main}", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    private static ILocator Card(IPage page, string list) => page.Locator(".checkin-list", new() { Has = page.Locator("h2", new() { HasText = list }) });
}
