using EventPlatform.E2E.Infrastructure;

namespace EventPlatform.E2E;

public sealed class AccessibilityTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Theory]
    [InlineData("/", "en-US")]
    [InlineData("/", "de-DE")]
    [InlineData("/", "es-ES")]
    [InlineData("/o/org-a", "en-US")]
    [InlineData("/o/org-a", "de-DE")]
    [InlineData("/o/no-such-org", "en-US")]
    [InlineData("/o/no-such-org", "es-ES")]
    [InlineData("/error/500", "en-US")]
    public async Task Should_have_no_accessibility_violations_on_a_desktop(string path, string locale)
    {
        var page = await NewPageAsync(locale);

        await page.GotoAsync(path);

        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/o/org-a")]
    [InlineData("/o/no-such-org")]
    public async Task Should_have_no_accessibility_violations_on_a_phone(string path)
    {
        var page = await NewPageAsync("de-DE", Phone);

        await page.GotoAsync(path);

        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
