using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Gdpr;

public sealed class PrivacyPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("es-ES")]
    public async Task Should_have_no_accessibility_violations_on_the_privacy_page(string locale)
    {
        var page = await NewPageAsync(locale);
        await page.SignInAsync(TestData.AttendeeA);

        await page.GotoAsync("/account/privacy");

        await page.ScreenshotAsync($"privacy-{locale}");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_fit_the_privacy_page_on_a_phone()
    {
        var page = await NewPageAsync("de-DE", Phone);
        await page.SignInAsync(TestData.AttendeeA);

        await page.GotoAsync("/account/privacy");

        await page.ScreenshotAsync("privacy-phone");
        (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_show_validation_messages_without_accessibility_violations()
    {
        var (user, _) = await SignedInPages.CreateUserAsync(App);
        var page = await NewPageAsync();
        await page.SignInAsync(user);
        await page.GotoAsync("/account/privacy");

        await page.GetByRole(AriaRole.Button, new() { Name = "Erase my account" }).ClickAsync();

        await page.GetByText("Enter your password to confirm.").WaitForAsync();
        await page.ScreenshotAsync("privacy-erase-errors");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_erase_the_account_with_the_keyboard_only()
    {
        var (user, _) = await SignedInPages.CreateUserAsync(App);
        var page = await NewPageAsync();
        await page.SignInAsync(user);
        await page.GotoAsync("/account/privacy");

        await page.GetByLabel("Your password").FocusAsync();
        await page.Keyboard.TypeAsync(SignedInPages.Password);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/account/privacy/erased");
        await page.ScreenshotAsync("privacy-erased");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync()).ShouldBe("Your account has been erased");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
