using EventPlatform.E2E.Infrastructure;
using EventPlatform.Events.Events;
using EventPlatform.Events.Public;
using EventPlatform.Events.Search;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Events.Directory;

/// <summary>The public directory <c>/events</c>: suggestions by keyboard, filters, paging, accessibility, phone width.</summary>
public sealed class DirectoryPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private static string UniqueWord() => new(Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + c % 26)).ToArray());

    private async Task<PublicEventListing> ListAsync(string title, string city = "Berlin", int day = 1, string[]? tags = null)
    {
        var startsAt = new DateTimeOffset(2027, 6, day, 7, 0, 0, TimeSpan.Zero);
        var listing = new PublicEventListing(Guid.CreateVersion7(), TestData.OrgA, TestData.OrgASlug, "Organization A", title,
            "e-" + Guid.NewGuid().ToString("N")[..12], "Talks, workshops and time to meet.", "A day of talks.", EventType.Conference,
            EventFormat.InPerson, startsAt, startsAt.AddHours(8), "Europe/Berlin", "Congress Center", city, "DE",
            tags ?? ["Data", "Community"], ["Ada Lovelace"], null);
        await App.Services.GetRequiredService<ISearchIndex>().UpsertAsync(listing);
        return listing;
    }

    private static ILocator Options(IPage page) => page.Locator("#directory-suggestions [role=option]");

    [Fact]
    public async Task Should_open_a_suggestion_chosen_with_the_arrow_keys_and_enter()
    {
        var word = UniqueWord();
        var listing = await ListAsync($"Köln {word} Festival");
        var page = await NewPageAsync();
        await page.GotoAsync("/events");

        await page.Locator("#directory-q").PressSequentiallyAsync($"koln {word[..4]}", new LocatorPressSequentiallyOptions { Delay = 30 });
        await Options(page).First.WaitForAsync();
        (await page.Locator("#directory-q").GetAttributeAsync("aria-expanded")).ShouldBe("true");
        await page.Keyboard.PressAsync("ArrowDown");
        (await Options(page).First.GetAttributeAsync("aria-selected")).ShouldBe("true");
        (await page.Locator("#directory-q").GetAttributeAsync("aria-activedescendant")).ShouldBe(await Options(page).First.GetAttributeAsync("id"));
        await ScreenshotAsync(page, "directory-suggestions");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync($"**/o/{TestData.OrgASlug}/e/{listing.Slug}");
    }

    [Fact]
    public async Task Should_close_the_suggestions_on_escape()
    {
        var word = UniqueWord();
        await ListAsync($"Café {word}");
        var page = await NewPageAsync();
        await page.GotoAsync("/events");

        await page.Locator("#directory-q").PressSequentiallyAsync($"cafe {word[..3]}", new LocatorPressSequentiallyOptions { Delay = 30 });
        await Options(page).First.WaitForAsync();
        await page.Keyboard.PressAsync("Escape");

        await page.Locator("#directory-suggestions").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
        (await page.Locator("#directory-q").GetAttributeAsync("aria-expanded")).ShouldBe("false");
    }

    [Fact]
    public async Task Should_filter_by_city_and_page_through_the_results()
    {
        var word = UniqueWord();
        for (var day = 1; day <= 13; day++) await ListAsync($"{word} meetup {day}", city: "Málaga", day: day);
        await ListAsync($"{word} meetup elsewhere", city: "Berlin");
        var page = await NewPageAsync();
        await page.GotoAsync($"/events?q={word}");
        (await page.Locator(".directory-card").CountAsync()).ShouldBe(12);

        await page.Locator(".directory-filters__summary").ClickAsync();
        await page.Locator("#directory-city").FillAsync("malaga");
        await page.Locator("#directory-sort").SelectOptionAsync("Date");
        await page.Locator(".directory-filters__actions button[type=submit]").ClickAsync();

        (await page.Locator("#directory-results-heading").TextContentAsync())!.ShouldContain("13");
        (await page.Locator(".directory-card").First.Locator(".directory-card__title").TextContentAsync()).ShouldBe($"{word} meetup 1");
        await page.Locator("a[rel=next]").ClickAsync();
        await page.WaitForURLAsync("**p=2*");
        (await page.Locator(".directory-card").CountAsync()).ShouldBe(1);
        (await page.Locator(".directory-card__title").TextContentAsync()).ShouldBe($"{word} meetup 13");
        (await page.Locator("#directory-city").InputValueAsync()).ShouldBe("malaga");
    }

    [Fact]
    public async Task Should_show_a_card_linking_to_the_event_with_its_date_in_the_event_time_zone()
    {
        var word = UniqueWord();
        var listing = await ListAsync($"Card {word}");
        var page = await NewPageAsync(locale: "de-DE");

        await page.GotoAsync($"/events?q={word}");

        var card = page.Locator(".directory-card");
        (await card.Locator("a").GetAttributeAsync("href")).ShouldBe($"/o/{TestData.OrgASlug}/e/{listing.Slug}");
        (await card.Locator("time").TextContentAsync()).ShouldBe("01.06.2027 09:00");
        (await card.Locator(".directory-card__org").TextContentAsync())!.ShouldContain("Organization A");
    }

    [Fact]
    public async Task Should_answer_a_date_that_is_no_date_with_a_message_not_an_error_page()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/events?from=yesterday");

        response!.Status.ShouldBe(200);
        (await page.Locator(".alert-danger").CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Should_have_no_accessibility_violations_with_results_and_open_suggestions()
    {
        var word = UniqueWord();
        await ListAsync($"Accessible {word} summit", tags: ["Access", "Design"]);
        var page = await NewPageAsync();
        await page.GotoAsync($"/events?q={word}");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        await page.Locator("#directory-q").FillAsync("");
        await page.Locator("#directory-q").PressSequentiallyAsync($"accessible {word[..3]}", new LocatorPressSequentiallyOptions { Delay = 30 });
        await Options(page).First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_fit_a_phone_screen_without_sideways_scrolling()
    {
        var word = UniqueWord();
        await ListAsync($"A rather long event title about {word} that has to wrap on a phone", city: "São Paulo");
        var page = await NewPageAsync(viewport: Phone);

        await page.GotoAsync($"/events?q={word}&city=sao+paulo");
        await ScreenshotAsync(page, "directory-phone");

        (await page.Locator(".directory-card").CountAsync()).ShouldBe(1);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(await page.EvaluateAsync<int>("() => window.innerWidth"));
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
