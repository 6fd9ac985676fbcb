using EventPlatform.E2E.Infrastructure;

namespace EventPlatform.E2E;

public sealed class PhoneLayoutTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Theory]
    [InlineData("/", "en-US")]
    [InlineData("/", "de-DE")]
    [InlineData("/o/org-a", "en-US")]
    [InlineData("/o/org-a", "de-DE")]
    [InlineData("/o/no-such-org", "en-US")]
    [InlineData("/o/no-such-org", "de-DE")]
    public async Task Should_fit_a_phone_screen_without_horizontal_scrolling(string path, string locale)
    {
        var page = await NewPageAsync(locale, Phone);

        await page.GotoAsync(path);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");

        scrollWidth.ShouldBeLessThanOrEqualTo(innerWidth);
    }
}
