using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Events.Editor;

/// <summary>Who may open the editor's pages, and in which language they speak.</summary>
public sealed class EventEditorAccessTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_answer_404_when_another_organization_opens_the_event()
    {
        var admin = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await admin.GotoAsync("/manage/events/new");
        await admin.GetByLabel("Title").FillAsync("Private plans " + Guid.NewGuid().ToString("N")[..6]);
        await admin.GetByLabel("Venue").FillAsync("Hall 3");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save draft and continue" }).ClickAsync();
        await admin.WaitForURLAsync("**step=details");
        var other = await NewSignedInPageAsync(TestData.UserB, TestData.OrgB);

        var response = await other.GotoAsync(admin.Url.Split('?')[0]);

        response!.Status.ShouldBe(404);
    }

    [Fact]
    public async Task Should_refuse_staff_the_new_event_page()
    {
        var staff = await NewSignedInPageAsync(TestData.StaffA, TestData.OrgA);

        var response = await staff.GotoAsync("/manage/events/new");

        response!.Status.ShouldBe(403);
    }

    [Fact]
    public async Task Should_show_the_list_in_german()
    {
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA, locale: "de-DE");

        await page.GotoAsync("/manage/events?tab=archived");

        (await page.Locator(".editor-tabs .nav-link").AllTextContentsAsync()).ShouldBe(["Anstehend", "Vergangen", "Entwürfe", "Archiviert", "Papierkorb"]);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "editor-list-de-archived");
    }
}
