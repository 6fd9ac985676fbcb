using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Events.Agenda;

/// <summary>The organizer builds an agenda in the browser: a speaker, a session with that speaker, a PDF, then a cancellation.</summary>
public sealed class AgendaFlowTests(E2EFactory app, BrowserFixture browser) : AgendaBrowserTest(app, browser)
{
    private static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task Should_add_a_speaker_and_a_session_upload_slides_and_cancel_the_session()
    {
        var eventId = await NewEventAsync("Compiler Days");
        var speakerName = $"Grace Hopper {Guid.NewGuid():N}"[..20];
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);

        // A speaker with a bio.
        await page.GotoAsync("/manage/speakers/new");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(speakerName);
        await page.GetByLabel("Job title").FillAsync("Rear Admiral");
        await page.GetByLabel("Company").FillAsync("US Navy");
        await page.GetByLabel("Biography").FillAsync("Wrote the **first** compiler.");
        await page.GetByLabel("Photo").SetInputFilesAsync(new FilePayload { Name = "grace.png", MimeType = "image/png", Buffer = OnePixelPng });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save speaker" }).ClickAsync();
        await page.WaitForURLAsync("**/manage/speakers/*-*");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("The speaker is added.");
        (await page.Locator(".agenda-speaker-bio-preview strong").TextContentAsync()).ShouldBe("first");
        (await page.Locator("img.agenda-speaker-photo-preview").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "agenda-speaker-edit");

        await page.GotoAsync("/manage/speakers");
        await page.GetByRole(AriaRole.Link, new() { Name = speakerName }).WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "agenda-speakers");

        // A session with that speaker as moderator.
        await page.GotoAsync($"/manage/events/{eventId}/sessions/new");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "agenda-session-new");
        await page.GetByLabel("Title").FillAsync("Compilers for everyone");
        await page.GetByLabel("Starts").FillAsync("2027-06-10T10:00");
        await page.GetByLabel("Ends").FillAsync("2027-06-10T11:30");
        await page.GetByLabel("Room").FillAsync("Hall A");
        await page.GetByLabel("Capacity").FillAsync("120");
        await page.GetByLabel("Add a speaker").SelectOptionAsync(new SelectOptionValue { Label = $"{speakerName} · US Navy" });
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("Moderator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await page.WaitForURLAsync($"**/manage/events/{eventId}/sessions/*-*");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("The session is added. You can now attach files.");
        (await page.Locator(".agenda-speakers__name").TextContentAsync()).ShouldBe(speakerName);

        // Slides as PDF.
        await page.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = "slides.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("The file is uploaded.");
        (await page.Locator(".agenda-files__name").TextContentAsync()).ShouldBe("slides.pdf");
        (await page.Locator(".agenda-files__meta").TextContentAsync())!.ShouldStartWith("PDF");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "agenda-session-edit");

        // The file downloads through its signed URL.
        var download = await page.APIRequest.GetAsync(await page.Locator(".agenda-files__name").GetAttributeAsync("href") ?? "");
        download.Status.ShouldBe(200);
        (await download.BodyAsync()).ShouldBe(Pdf());

        // Cancelled with a reason.
        await page.GetByLabel("Reason for cancelling").FillAsync("The speaker is ill.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel session" }).ClickAsync();
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("The session is cancelled.");
        (await page.Locator(".agenda-cancelled-notice").TextContentAsync())!.ShouldContain("The speaker is ill.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "agenda-session-cancelled");

        // The agenda shows it on its day, with speaker, room, capacity and the cancelled badge.
        await page.GotoAsync($"/manage/events/{eventId}/agenda");
        var item = page.Locator(".agenda-item");
        (await item.Locator(".agenda-item__title").TextContentAsync())!.ShouldContain("Cancelled");
        (await item.TextContentAsync())!.ShouldContain($"{speakerName} (Moderator)");
        (await item.TextContentAsync())!.ShouldContain("Hall A");
        (await item.TextContentAsync())!.ShouldContain("120 seats");
        (await page.Locator(".agenda-day__title").TextContentAsync()).ShouldBe("Thursday, June 10, 2027");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "agenda");
    }

    [Fact]
    public async Task Should_cancel_and_reschedule_a_session_sending_the_forms_with_the_keyboard()
    {
        var eventId = await NewEventAsync("Keyboard Day");
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await page.GotoAsync($"/manage/events/{eventId}/sessions/new");
        await page.GetByLabel("Title").FillAsync("Accessible forms");
        await page.GetByLabel("Starts").FillAsync("2027-06-10T13:00");
        await page.GetByLabel("Ends").FillAsync("2027-06-10T14:00");
        await page.GetByLabel("Title").PressAsync("Enter");
        await page.WaitForURLAsync($"**/manage/events/{eventId}/sessions/*-*");
        await page.GetByLabel("Reason for cancelling").FocusAsync();
        await page.Keyboard.TypeAsync("Room unavailable");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("The session is cancelled.");

        // Date-time fields are filled directly (their segment editing differs between browsers); the form is sent with Enter.
        await page.GetByLabel("New start").FillAsync("2027-06-10T15:00");
        await page.GetByLabel("New end").FillAsync("2027-06-10T16:00");
        await page.GetByLabel("New end").PressAsync("Enter");

        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("The session is rescheduled.");
        await Expect(page.Locator(".agenda-cancelled-notice")).ToHaveCountAsync(0);
        (await page.GetByLabel("Starts").InputValueAsync()).ShouldBe("2027-06-10T15:00");
    }

    [Fact]
    public async Task Should_refuse_a_session_outside_the_event_next_to_its_start()
    {
        var eventId = await NewEventAsync("Short Day");
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await page.GotoAsync($"/manage/events/{eventId}/sessions/new");

        await page.GetByLabel("Title").FillAsync("Late night talk");
        await page.GetByLabel("Starts").FillAsync("2027-06-10T20:00");
        await page.GetByLabel("Ends").FillAsync("2027-06-10T21:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();

        (await page.Locator("#start-error").TextContentAsync()).ShouldBe("A session must take place between the event’s start and end.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_read_the_agenda_in_german_on_a_phone_without_sideways_scrolling()
    {
        var eventId = await NewEventAsync("Phone Conference");
        var page = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA);
        await page.GotoAsync($"/manage/events/{eventId}/sessions/new");
        await page.GetByLabel("Title").FillAsync("A session with a rather long title that has to wrap on a small screen");
        await page.GetByLabel("Starts").FillAsync("2027-06-10T09:30");
        await page.GetByLabel("Ends").FillAsync("2027-06-10T10:15");
        await page.GetByLabel("Room").FillAsync("Auditorium Maximum, second floor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await page.WaitForURLAsync($"**/manage/events/{eventId}/sessions/*-*");

        var phone = await NewSignedInPageAsync(TestData.AdminA, TestData.OrgA, locale: "de-DE", viewport: Phone);
        await phone.GotoAsync($"/manage/events/{eventId}/agenda");

        (await phone.Locator("h1").TextContentAsync()).ShouldBe("Programm");
        (await phone.Locator(".agenda-day__title").TextContentAsync()).ShouldBe("Donnerstag, 10. Juni 2027");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Phone.Width);
        await phone.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(phone, "agenda-phone");
        await phone.GotoAsync($"/manage/events/{eventId}/sessions/new");
        (await phone.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Phone.Width);
        await ScreenshotAsync(phone, "agenda-session-phone");
    }
}
