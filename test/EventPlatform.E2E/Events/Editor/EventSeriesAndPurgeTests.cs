using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Events.Editor;

/// <summary>Making a series and deleting an event for good, from the editor's publish step.</summary>
public sealed class EventSeriesAndPurgeTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_make_a_weekly_series_and_list_its_occurrences()
    {
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await NewDraftAsync(page, "Tuesday meetup");
        await page.GotoAsync(page.Url.Split('?')[0] + "?step=publish");

        await page.GetByLabel("Custom rule").FillAsync("FREQ=SOMETIMES");
        await page.GetByLabel("Repeats").SelectOptionAsync("Custom");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create series" }).ClickAsync();
        (await page.Locator("#Actions-Rule-error").TextContentAsync())!.ShouldStartWith("The repeat rule is not valid:");
        (await page.GetByLabel("Custom rule").InputValueAsync()).ShouldBe("FREQ=SOMETIMES");

        await page.GetByLabel("Repeats").SelectOptionAsync("Weekly");
        await page.GetByLabel("Occurrences").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create series" }).ClickAsync();

        (await page.Locator("[role=status]").First.TextContentAsync()).ShouldBe("The series is created; later occurrences are drafts.");
        (await page.Locator(".editor-occurrences li").CountAsync()).ShouldBe(3);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "editor-series");
        await page.Locator(".editor-occurrences a").First.ClickAsync();
        await page.WaitForURLAsync("**/manage/events/*");
        (await page.GetByText("this and all following occurrences").CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_let_the_owner_delete_an_event_for_good_after_typing_its_address()
    {
        var page = await NewSignedInPageAsync(TestData.UserA, TestData.OrgA);
        await NewDraftAsync(page, "Short-lived event");
        var eventUrl = page.Url.Split('?')[0];
        await page.GotoAsync(eventUrl + "?step=publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to recycle bin" }).ClickAsync();
        var slug = await SlugOfAsync(page);

        await page.Locator("#confirm-slug").FillAsync(slug + "-wrong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete for good" }).ClickAsync();
        (await page.Locator("#Actions-ConfirmSlug-error").TextContentAsync()).ShouldBe("Type the event’s address exactly to confirm.");
        await ScreenshotAsync(page, "editor-purge");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        await page.Locator("#confirm-slug").FillAsync(slug);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete for good" }).ClickAsync();

        await page.WaitForURLAsync("**/manage/events?tab=deleted");
        (await page.Locator("[role=status]").First.TextContentAsync()).ShouldBe("The event is deleted for good.");
        (await page.GotoAsync(eventUrl))!.Status.ShouldBe(404);
    }

    [Fact]
    public async Task Should_not_offer_an_admin_to_delete_for_good()
    {
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await NewDraftAsync(page, "Admin bin event");
        await page.GotoAsync(page.Url.Split('?')[0] + "?step=publish");

        await page.GetByRole(AriaRole.Button, new() { Name = "Move to recycle bin" }).ClickAsync();

        (await page.GetByRole(AriaRole.Button, new() { Name = "Restore from recycle bin" }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Delete for good" }).CountAsync()).ShouldBe(0);
    }

    private static async Task NewDraftAsync(IPage page, string title)
    {
        await page.GotoAsync("/manage/events/new");
        await page.GetByLabel("Title").FillAsync(title + " " + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByLabel("Venue").FillAsync("Community Hall");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft and continue" }).ClickAsync();
        await page.WaitForURLAsync("**step=details");
    }

    // The purge label names the slug: "Type {slug} to confirm".
    private static async Task<string> SlugOfAsync(IPage page) =>
        (await page.Locator("label[for=confirm-slug]").TextContentAsync())!.Replace("Type ", "").Replace(" to confirm", "").Trim();
}
