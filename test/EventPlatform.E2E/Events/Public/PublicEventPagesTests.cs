using EventPlatform.E2E.Infrastructure;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Events.Public;

public sealed class PublicEventPagesTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_take_a_visitor_from_the_organization_page_to_the_event_agenda_and_its_calendar_file()
    {
        var seeded = await App.SeedConferenceAsync();
        var page = await NewPageAsync();

        await page.GotoAsync($"/o/{seeded.Organization}");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "public-organization");
        await page.GetByRole(AriaRole.Link, new() { Name = seeded.Event.Title }).ClickAsync();

        await page.WaitForURLAsync($"**/o/{seeded.Organization}/e/{seeded.Event.Slug}");
        (await page.Locator("h1").TextContentAsync()).ShouldBe(seeded.Event.Title);
        (await page.Locator("#agenda").TextContentAsync())!.ShouldContain(seeded.FirstSession);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "public-event");

        await page.GetByRole(AriaRole.Button, new() { Name = App.EventsText("en", "Public:AddToCalendar") }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = App.EventsText("en", "Public:DownloadIcs") }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"{seeded.Event.Slug}.ics");
        using var reader = new StreamReader(await download.CreateReadStreamAsync());
        var ics = await reader.ReadToEndAsync();
        ics.ShouldContain("BEGIN:VCALENDAR");
        ics.ShouldContain($"UID:{seeded.Event.Id}@eventplatform");
    }

    [Fact]
    public async Task Should_show_the_event_page_on_a_phone_without_horizontal_scrolling()
    {
        var seeded = await App.SeedConferenceAsync();
        var page = await NewPageAsync(viewport: Phone);

        await page.GotoAsync($"/o/{seeded.Organization}/e/{seeded.Event.Slug}");

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(Phone.Width);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "public-event-phone");
    }

    [Fact]
    public async Task Should_show_the_organization_page_with_event_cards_on_a_phone()
    {
        var seeded = await App.SeedConferenceAsync();
        var page = await NewPageAsync(locale: "de-DE", viewport: Phone);

        await page.GotoAsync($"/o/{seeded.Organization}");

        (await page.Locator(".pub-event-card").CountAsync()).ShouldBe(2);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(Phone.Width);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "public-organization-phone-de");
    }

    [Fact]
    public async Task Should_open_the_add_to_calendar_menu_with_the_keyboard()
    {
        var seeded = await App.SeedConferenceAsync();
        var page = await NewPageAsync();
        await page.GotoAsync($"/o/{seeded.Organization}/e/{seeded.Event.Slug}");

        await page.GetByRole(AriaRole.Button, new() { Name = App.EventsText("en", "Public:AddToCalendar") }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.GetByRole(AriaRole.Link, new() { Name = App.EventsText("en", "Public:GoogleCalendar") }).WaitForAsync();
        (await page.Locator(".pub-calendar .dropdown-menu").GetAttributeAsync("class"))!.ShouldContain("show");
    }
}
