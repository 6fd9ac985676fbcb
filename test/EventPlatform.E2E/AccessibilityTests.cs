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

    [Fact]
    public async Task Should_fail_the_check_and_name_the_rule_and_element_when_a_page_has_a_violation()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        // A control without a name, the kind of mistake the check is there to catch.
        await page.EvaluateAsync("() => { const b = document.createElement('button'); b.id = 'nameless'; document.querySelector('main').append(b); }");

        // Shouldly's own Should.Throw passes its assertion exceptions through, so this one is caught by hand.
        ShouldAssertException? failure = null;
        try
        {
            await page.ShouldHaveNoAccessibilityViolationsAsync();
        }
        catch (ShouldAssertException exception)
        {
            failure = exception;
        }

        failure.ShouldNotBeNull("a nameless button passed the accessibility check");
        failure.Message.ShouldContain("button-name");
        failure.Message.ShouldContain("#nameless");
    }
}
