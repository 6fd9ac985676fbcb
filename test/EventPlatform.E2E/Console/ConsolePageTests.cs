using EventPlatform.E2E.Gdpr;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.PlatformConsole;

public sealed class ConsolePageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Theory]
    [InlineData("/console", "en-US")]
    [InlineData("/console", "de-DE")]
    [InlineData("/console", "es-ES")]
    [InlineData("/console/organizations/new", "en-US")]
    [InlineData("/console/organizations/new", "de-DE")]
    public async Task Should_have_no_accessibility_violations_on_the_console(string path, string locale)
    {
        var page = await NewPageAsync(locale);
        await page.SignInAsync(TestData.PlatformAdmin);

        await page.GotoAsync(path);

        await page.ScreenshotAsync($"console{path.Replace('/', '-')}-{locale}");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_fit_the_console_on_a_phone()
    {
        var page = await NewPageAsync("en-US", Phone);
        await page.SignInAsync(TestData.PlatformAdmin);

        await page.GotoAsync("/console");

        await page.ScreenshotAsync("console-phone");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_create_then_suspend_an_organization_whose_page_then_explains_the_suspension()
    {
        var slug = $"e2e-{Guid.NewGuid():N}"[..16];
        var page = await NewPageAsync();
        await page.SignInAsync(TestData.PlatformAdmin);
        await page.GotoAsync("/console/organizations/new");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser Suspended Co.");
        await page.GetByLabel("Address", new() { Exact = true }).FillAsync(slug);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organization" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Browser Suspended Co. has been created.").WaitForAsync();
        await page.GotoAsync($"/console?filter={slug}");
        await page.Locator($"tr[data-organization='{slug}']").GetByRole(AriaRole.Button, new() { Name = "Suspend" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).GetByText("Browser Suspended Co. is suspended.").WaitForAsync();
        await page.ScreenshotAsync("console-suspended");

        var visitor = await NewPageAsync();
        var response = await visitor.GotoAsync($"/o/{slug}");

        response!.Status.ShouldBe(403);
        await visitor.GetByText("The organization \"Browser Suspended Co.\" is suspended.").WaitForAsync();
        await visitor.ScreenshotAsync("organization-suspended");
        await visitor.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
