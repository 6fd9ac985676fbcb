using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Accounts;

public sealed class SignUpFlowTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_sign_up_confirm_the_email_sign_in_and_sign_out()
    {
        var email = AccountPages.NewEmail();
        var page = await NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Sign up" }).ClickAsync();
        await page.GetByLabel("Your name").FillAsync("Grace Hopper");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await AccountPages.ScreenshotAsync(page, "01-sign-up");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Check your inbox" })).ToBeVisibleAsync();
        await AccountPages.ScreenshotAsync(page, "02-sign-up-sent");

        var link = TestMailbox.LinkIn(await App.Mailbox.WaitForAsync(email, "Confirm"), "/account/confirm-email");
        await page.GotoAsync(link);
        await AccountPages.ScreenshotAsync(page, "03-confirm-email");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Confirm my e-mail address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "E-mail address confirmed" })).ToBeVisibleAsync();
        await AccountPages.ScreenshotAsync(page, "04-email-confirmed");

        await AccountPages.SignInAsync(page, email);
        await Expect(page.Locator("#account-menu-button")).ToContainTextAsync("Grace Hopper");
        await page.Locator("#account-menu-button").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Two-factor authentication" })).ToBeVisibleAsync();
        await AccountPages.ScreenshotAsync(page, "05-signed-in-menu");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(page.Locator("#account-menu-button")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Should_show_a_wrong_password_next_to_the_form_without_signing_in()
    {
        var email = AccountPages.NewEmail();
        await AccountPages.CreateConfirmedUserAsync(App, email, "Ada Lovelace");
        var page = await NewPageAsync();

        await AccountPages.SignInAsync(page, email, "not-the-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The e-mail address or the password is not correct.");
        await AccountPages.ScreenshotAsync(page, "06-sign-in-failed");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("/account/sign-up")]
    [InlineData("/account/sign-in")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/reset-password?userId=0195f0a0-0000-7000-8000-000000000001&token=abc")]
    [InlineData("/account/confirm-email?userId=0195f0a0-0000-7000-8000-000000000001&token=abc")]
    public async Task Should_have_no_accessibility_violations_on_the_account_pages(string path)
    {
        var page = await NewPageAsync();

        await page.GotoAsync(path);

        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_show_the_sign_up_errors_next_to_the_fields_without_accessibility_violations()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-up");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create account" }).ClickAsync();

        await Expect(page.Locator("#Input_Email-error")).ToHaveTextAsync("'E-mail address' must not be empty.");
        await AccountPages.ScreenshotAsync(page, "07-sign-up-errors");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_fit_the_sign_in_page_on_a_phone()
    {
        var page = await NewPageAsync(viewport: Phone);

        await page.GotoAsync("/account/sign-in");

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Phone.Width);
        await AccountPages.ScreenshotAsync(page, "08-sign-in-phone");
    }

    [Fact]
    public async Task Should_show_the_sign_in_page_in_german()
    {
        var page = await NewPageAsync(locale: "de-DE");

        await page.GotoAsync("/account/sign-in");

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 })).ToHaveTextAsync("Anmelden");
        await Expect(page.GetByLabel("Passwort", new PageGetByLabelOptions { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Should_sign_in_with_the_keyboard_alone()
    {
        var email = AccountPages.NewEmail();
        await AccountPages.CreateConfirmedUserAsync(App, email, "Keyboard User");
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");

        await page.GetByLabel("E-mail address").FocusAsync();
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(TestData.Password);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#account-menu-button")).ToContainTextAsync("Keyboard User");
    }
}
