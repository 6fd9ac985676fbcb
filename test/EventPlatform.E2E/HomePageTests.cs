using EventPlatform.E2E.Infrastructure;

namespace EventPlatform.E2E;

public sealed class HomePageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_render_the_home_page_in_english_by_default()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/");

        response!.Status.ShouldBe(200);
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("en");
        (await page.Locator("h1").TextContentAsync()).ShouldBe(App.Text("en", "Home:Heading"));
    }

    [Fact]
    public async Task Should_use_the_browser_language_when_none_was_chosen()
    {
        var page = await NewPageAsync(locale: "es-ES");

        await page.GotoAsync("/");

        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("es");
        (await page.Locator("h1").TextContentAsync()).ShouldBe(App.Text("es", "Home:Heading"));
    }

    [Fact]
    public async Task Should_present_organizers_attendees_and_check_in_staff()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/");

        (await page.Locator("#features h3").AllTextContentsAsync()).ShouldBe(
        [
            App.Text("en", "Home:Organizers:Title"),
            App.Text("en", "Home:Attendees:Title"),
            App.Text("en", "Home:Staff:Title"),
        ]);
    }

    [Fact]
    public async Task Should_style_the_page_with_bootstrap_and_the_brand_theme()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        // Bootstrap's .btn padding plus our brand color: both stylesheets arrived.
        var background = await page.Locator(".hero .btn-primary").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        var padding = await page.Locator(".hero .btn-primary").EvaluateAsync<string>("e => getComputedStyle(e).paddingLeft");

        background.ShouldBe("rgb(79, 70, 229)", "site.css is not applied");
        padding.ShouldNotBe("0px", "wwwroot/lib is missing: run 'npm ci' in src/EventPlatform.Web");
    }
}
