using System.Net;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E;

public sealed class LanguagePickerTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_switch_the_page_to_german()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await ChooseLanguageAsync(page, "de");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        (await page.Locator("h1").TextContentAsync()).ShouldBe(App.Text("de", "Home:Heading"));
    }

    [Fact]
    public async Task Should_keep_the_chosen_language_across_navigation()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await ChooseLanguageAsync(page, "de");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");

        await page.GotoAsync($"/o/{TestData.OrgASlug}");

        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("de");
        (await page.Locator("h2").First.TextContentAsync()).ShouldBe(App.Text("de", "Organization:UpcomingEvents"));
    }

    [Fact]
    public async Task Should_return_to_the_page_where_the_language_was_changed()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"/o/{TestData.OrgASlug}?ref=test");

        await ChooseLanguageAsync(page, "es");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        page.Url.ShouldBe($"{App.BaseUrl}/o/{TestData.OrgASlug}?ref=test");
    }

    [Fact]
    public async Task Should_store_the_choice_in_the_culture_cookie_for_a_year()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        await ChooseLanguageAsync(page, "de");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");

        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == ".AspNetCore.Culture");
        WebUtility.UrlDecode(cookie.Value).ShouldBe("c=de|uic=de");
        cookie.SameSite.ShouldBe(SameSiteAttribute.Lax);
        DateTimeOffset.FromUnixTimeSeconds((long)cookie.Expires).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddDays(364));
    }

    [Fact]
    public async Task Should_go_home_instead_of_following_a_return_url_to_another_site()
    {
        var page = await NewPageAsync();
        await page.GotoAsync($"/o/{TestData.OrgASlug}");
        // A port on this machine that nothing serves: if the guard failed, the browser would end up there.
        await page.Locator("input[name=returnUrl]").EvaluateAsync("e => e.value = '//127.0.0.1:9/'");

        await ChooseLanguageAsync(page, "de");

        await Expect(page).ToHaveURLAsync($"{App.BaseUrl}/");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("de");
    }

    [Fact]
    public async Task Should_refuse_a_language_that_is_not_offered()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#language-select option[value=de]").EvaluateAsync("e => e.value = 'xx'");
        await page.Locator("#language-select").SelectOptionAsync("xx");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = App.Text("en", "Layout:ChangeLanguage") }).ClickAsync(),
            r => r.Request.IsNavigationRequest);

        response.Status.ShouldBe(400);
    }

    [Fact]
    public async Task Should_refuse_a_language_change_without_the_antiforgery_token()
    {
        var page = await NewPageAsync();

        var form = page.APIRequest.CreateFormData();
        form.Set("culture", "de");

        var response = await page.APIRequest.PostAsync("/culture", new() { Form = form });

        response.Status.ShouldBe(400);
    }

    private async Task ChooseLanguageAsync(IPage page, string culture)
    {
        var current = await page.Locator("html").GetAttributeAsync("lang");
        await page.GetByLabel(App.Text(current!, "Layout:Language")).SelectOptionAsync(culture);
        await page.GetByRole(AriaRole.Button, new() { Name = App.Text(current!, "Layout:ChangeLanguage") }).ClickAsync();
    }
}
