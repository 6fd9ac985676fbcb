using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Events.Editor;

/// <summary>An organizer's path through the event editor in the browser, checked with axe-core on every page.</summary>
public sealed class EventEditorFlowTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    // A 1x1 transparent PNG.
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task Should_create_publish_clone_archive_and_delete_an_event_through_the_editor()
    {
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        var title = "Harbour Data Days " + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/manage/events");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "editor-list");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create event" }).First.ClickAsync();
        await page.WaitForURLAsync("**/manage/events/new");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Basics and when & where, with the end before the start: the error shows beside the field, the entries stay.
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Type").SelectOptionAsync("Workshop");
        await page.GetByLabel("Summary").FillAsync("Two days on the waterfront about data.");
        await page.GetByLabel("Description").FillAsync("# Welcome\n\nTalks about **data**.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview description" }).ClickAsync();
        (await page.Locator(".editor-preview__body strong").TextContentAsync()).ShouldBe("data");
        await page.GetByLabel("Starts").FillAsync("2027-09-20T09:00");
        await page.GetByLabel("Ends").FillAsync("2027-09-19T17:00");
        await page.GetByLabel("Time zone").SelectOptionAsync("Europe/Berlin");
        await page.GetByLabel("Venue").FillAsync("Harbour Hall");
        await page.GetByLabel("City").FillAsync("Hamburg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft and continue" }).ClickAsync();
        (await page.Locator("#Input-EndLocal-error").TextContentAsync()).ShouldBe("The end must be after the start.");
        (await page.GetByLabel("Title").InputValueAsync()).ShouldBe(title);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "editor-new-with-error");

        await page.GetByLabel("Ends").FillAsync("2027-09-21T17:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft and continue" }).ClickAsync();
        await page.WaitForURLAsync("**step=details");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Cover: a file that is no image is refused beside the field; a PNG is shown.
        await page.GetByLabel("Choose an image").SetInputFilesAsync(new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = "not an image"u8.ToArray() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload cover" }).ClickAsync();
        (await page.Locator("#cover-error").TextContentAsync()).ShouldBe("The cover image must be a PNG, JPEG or WebP file of at most 5 MB.");
        await page.GetByLabel("Choose an image").SetInputFilesAsync(new FilePayload { Name = "cover.png", MimeType = "image/png", Buffer = TinyPng });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload cover" }).ClickAsync();
        (await page.Locator("[role=status]").First.TextContentAsync()).ShouldBe("The cover image is saved.");
        (await page.Locator("img.editor-cover").CountAsync()).ShouldBe(1);

        // Details: contact, a custom field row, the slug checked as it is typed.
        await page.GetByLabel("Contact e-mail").FillAsync("team@example.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add field" }).ClickAsync();
        await page.GetByLabel("Field 1 name").FillAsync("Dress code");
        await page.GetByLabel("Field 1 value").FillAsync("Smart casual");
        await page.GetByLabel("Tags").FillAsync("data, harbour");
        var slug = "harbour-" + Guid.NewGuid().ToString("N")[..8];
        await page.GetByLabel("Address (slug)").FillAsync(slug);
        await Assertions.Expect(page.Locator("#slug-status")).ToHaveTextAsync("This address is free.");
        await ScreenshotAsync(page, "editor-details");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync("**step=publish");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Publish, then the public page link appears.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        (await page.Locator("[role=status]").First.TextContentAsync()).ShouldBe("The event is published.");
        (await page.GetByRole(AriaRole.Link, new() { Name = "View public page" }).GetAttributeAsync("href")).ShouldBe($"/o/{TestData.OrgASlug}/e/{slug}");
        await ScreenshotAsync(page, "editor-publish");
        var eventUrl = page.Url.Split('?')[0];

        // Clone: the copy opens as a draft.
        await page.GetByLabel("Title of the copy").FillAsync(title + " (autumn)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clone event" }).ClickAsync();
        (await page.Locator("h1").TextContentAsync()).ShouldBe(title + " (autumn)");
        (await page.Locator(".editor-meta .badge").First.TextContentAsync()).ShouldBe("Draft");
        page.Url.ShouldNotStartWith(eventUrl);

        // Archive and restore, delete and undelete the original.
        await page.GotoAsync(eventUrl + "?step=publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        (await page.Locator("[role=status]").First.TextContentAsync()).ShouldBe("The event is archived.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore from archive" }).ClickAsync();
        (await page.Locator("[role=status]").First.TextContentAsync()).ShouldBe("The event is restored as a draft.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to recycle bin" }).ClickAsync();
        (await page.Locator("[role=status]").First.TextContentAsync()).ShouldBe("The event is in the recycle bin.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GotoAsync("/manage/events?tab=deleted&q=" + Uri.EscapeDataString(title));
        (await page.Locator(".editor-list__title").AllTextContentsAsync()).ShouldContain(title);
        await ScreenshotAsync(page, "editor-recycle-bin");
        await page.GotoAsync(eventUrl + "?step=publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore from recycle bin" }).ClickAsync();
        (await page.Locator("[role=status]").First.TextContentAsync()).ShouldBe("The event is back from the recycle bin.");
    }

    [Fact]
    public async Task Should_keep_a_removed_custom_field_removed_after_saving()
    {
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await page.GotoAsync("/manage/events/new");
        await page.GetByLabel("Title").FillAsync("Fields check " + Guid.NewGuid().ToString("N")[..6]);
        await page.GetByLabel("Venue").FillAsync("Hall 4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft and continue" }).ClickAsync();
        await page.WaitForURLAsync("**step=details");
        var details = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Add field" }).ClickAsync();
        await page.GetByLabel("Field 1 name").FillAsync("Parking");
        await page.GetByLabel("Field 1 value").FillAsync("Free in the yard");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync("**step=publish");
        await page.GotoAsync(details);
        (await page.GetByLabel("Field 1 value").InputValueAsync()).ShouldBe("Free in the yard");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove 1" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await page.WaitForURLAsync("**step=publish");
        await page.GotoAsync(details);

        (await page.Locator(".editor-field-row").CountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("/manage/events")]
    [InlineData("/manage/events/new")]
    public async Task Should_fit_a_phone_screen(string path)
    {
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA, viewport: Phone);

        await page.GotoAsync(path);

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(await page.EvaluateAsync<int>("() => window.innerWidth"));
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "editor-phone" + path.Replace('/', '-'));
    }

    [Fact]
    public async Task Should_fit_the_event_editor_on_a_phone_screen()
    {
        var desktop = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await desktop.GotoAsync("/manage/events/new");
        await desktop.GetByLabel("Title").FillAsync("Phone check " + Guid.NewGuid().ToString("N")[..6]);
        await desktop.GetByLabel("Venue").FillAsync("Hall 1");
        await desktop.GetByRole(AriaRole.Button, new() { Name = "Save draft and continue" }).ClickAsync();
        await desktop.WaitForURLAsync("**step=details");
        var phone = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA, viewport: Phone);

        foreach (var step in new[] { "basics", "when", "details", "publish" })
        {
            await phone.GotoAsync(desktop.Url.Split('?')[0] + "?step=" + step);
            (await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(await phone.EvaluateAsync<int>("() => window.innerWidth"));
            await phone.ShouldHaveNoAccessibilityViolationsAsync();
            await ScreenshotAsync(phone, "editor-phone-" + step);
        }
    }

    [Fact]
    public async Task Should_let_staff_see_an_event_without_changing_it()
    {
        var admin = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await admin.GotoAsync("/manage/events/new");
        await admin.GetByLabel("Title").FillAsync("Staff view " + Guid.NewGuid().ToString("N")[..6]);
        await admin.GetByLabel("Venue").FillAsync("Hall 2");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save draft and continue" }).ClickAsync();
        await admin.WaitForURLAsync("**step=details");
        var staff = await NewSignedInPageAsync(TestData.StaffA, TestData.OrgA);

        await staff.GotoAsync(admin.Url.Split('?')[0] + "?step=publish");

        (await staff.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).CountAsync()).ShouldBe(0);
        await staff.GotoAsync(admin.Url.Split('?')[0]);
        (await staff.GetByLabel("Title").IsDisabledAsync()).ShouldBeTrue();
    }
}
