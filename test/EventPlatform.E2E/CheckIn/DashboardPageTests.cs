using System.Net.Http.Json;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.E2E.Profile;
using EventPlatform.E2E.Ticketing.Checkout;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.CheckIn;

/// <summary>An organizer watches the live check-in dashboard on a phone while a gate scans.</summary>
public sealed class DashboardPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_update_the_counts_and_recent_scans_without_a_reload_when_a_ticket_is_scanned()
    {
        var seeded = await App.SeedTicketedEventAsync();
        var ada = await CheckInSeed.BuyAsync(App, seeded, "Ada Lovelace");
        await CheckInSeed.BuyAsync(App, seeded, "Grace Hopper");
        var gate = CheckInSeed.Owner(App, seeded);
        var list = await (await gate.PostAsJsonAsync($"api/checkin/events/{seeded.Event.Id}/lists", new CheckInListInput("Main entrance")))
            .ShouldBeOkAsync<CheckInListDto>();

        // Signed in with the real session cookie, as organizers are: the hub connection must carry it too.
        var page = await NewPageAsync(viewport: Phone);
        await ProfileBrowser.SignInAsync(App, page, TestData.UserA);
        await page.GotoAsync($"/manage/events/{seeded.Event.Id}/check-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Live dashboard" }).ClickAsync();
        await page.WaitForURLAsync($"**/manage/events/{seeded.Event.Id}/check-in/dashboard");
        await page.Locator("[data-status=live]").WaitForAsync();
        var total = page.Locator($"[data-row='total:{seeded.Event.Id}']");
        (await total.Locator("[data-checked-in]").TextContentAsync()).ShouldBe("0");
        (await total.Locator("[data-registered]").TextContentAsync()).ShouldBe("2");
        (await page.Locator("[data-no-scans]").IsVisibleAsync()).ShouldBeTrue();
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        (await (await gate.PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans", new ScanInput(ada.Code))).ShouldBeOkAsync<ScanResultDto>())
            .Outcome.ShouldBe(ScanOutcome.Valid);

        await total.Locator("[data-checked-in]", new() { HasText = "1" }).WaitForAsync(new() { Timeout = 5000 });
        var row = page.Locator("[data-recent] tr").First;
        (await row.InnerTextAsync()).ShouldContain("Ada Lovelace");
        (await row.Locator("[data-outcome]").TextContentAsync()).ShouldBe("Valid");
        (await page.Locator($"[data-row='list:{list.Id}'] [data-checked-in]").TextContentAsync()).ShouldBe("1");
        (await page.Locator("[data-no-scans]").IsVisibleAsync()).ShouldBeFalse();
        await page.ShouldFitThePhoneAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "checkin-dashboard-phone");
    }
}
