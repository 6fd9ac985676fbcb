using System.Net;
using EventPlatform.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E;

public sealed class ErrorPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_show_the_localized_not_found_page_for_an_unknown_organization()
    {
        var page = await NewPageAsync(locale: "de-DE");

        var response = await page.GotoAsync("/o/no-such-org");

        response!.Status.ShouldBe(404);
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("de");
        (await page.Locator("h1").TextContentAsync()).ShouldBe(App.Text("de", "Error:Heading:NotFound"));
        (await page.Locator(".error-card__message").TextContentAsync())!.ShouldContain("no-such-org");
    }

    [Fact]
    public async Task Should_show_the_not_found_page_for_an_unknown_address()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync("/no/such/page");

        response!.Status.ShouldBe(404);
        (await page.Locator("h1").TextContentAsync()).ShouldBe(App.Text("en", "Error:Heading:NotFound"));
    }

    [Fact]
    public async Task Should_show_the_reference_of_the_failed_request()
    {
        var page = await NewPageAsync();

        await page.GotoAsync("/no/such/page");

        (await page.Locator(".error-card__code").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_show_the_error_page_whatever_the_http_method()
    {
        var page = await NewPageAsync();

        var response = await page.APIRequest.DeleteAsync("/no/such/page", new() { Headers = new Dictionary<string, string> { ["Accept"] = "text/html" } });

        response.Status.ShouldBe(404);
        WebUtility.HtmlDecode(await response.TextAsync()).ShouldContain(App.Text("en", "Error:Heading:NotFound"));
    }

    [Fact]
    public async Task Should_show_the_error_page_for_a_form_posted_to_an_unknown_address()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");

        var response = await page.RunAndWaitForResponseAsync(
            () => page.EvaluateAsync("() => { const f = document.createElement('form'); f.method = 'post'; f.action = '/no/such/form'; document.body.append(f); f.submit(); }"),
            r => r.Request.IsNavigationRequest);

        response.Status.ShouldBe(404);
        await Expect(page.Locator("h1")).ToHaveTextAsync(App.Text("en", "Error:Heading:NotFound"));
    }

    [Fact]
    public async Task Should_answer_api_clients_with_problem_details_instead_of_the_page()
    {
        var page = await NewPageAsync();

        var response = await page.APIRequest.GetAsync("/o/no-such-org", new() { Headers = new Dictionary<string, string> { ["Accept"] = "application/json" } });

        response.Status.ShouldBe(404);
        response.Headers["content-type"].ShouldStartWith("application/problem+json");
    }

    [Fact]
    public async Task Should_stay_on_the_failed_address_when_the_language_is_changed_there()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/o/no-such-org");

        await page.GetByLabel(App.Text("en", "Layout:Language")).SelectOptionAsync("de");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = App.Text("en", "Layout:ChangeLanguage") }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(App.Text("de", "Error:Heading:NotFound"));
        page.Url.ShouldBe($"{App.BaseUrl}/o/no-such-org");
    }

    [Theory]
    [InlineData(403, "Error:Heading:Forbidden")]
    [InlineData(429, "Error:Heading:ClientError")]
    [InlineData(500, "Error:Heading:ServerError")]
    public async Task Should_explain_each_kind_of_status(int status, string headingKey)
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync($"/error/{status}");

        response!.Status.ShouldBe(status);
        (await page.Locator("h1").TextContentAsync()).ShouldBe(App.Text("en", headingKey));
    }
}
