using EventPlatform.E2E.Infrastructure;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Accounts;

public sealed class TwoFactorFlowTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private static string CodeFor(string sharedKey) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "").ToUpperInvariant())).ComputeTotp();

    [Fact]
    public async Task Should_turn_on_two_factor_and_then_sign_in_with_the_authenticator_code()
    {
        var email = AccountPages.NewEmail();
        await AccountPages.CreateConfirmedUserAsync(App, email, "Two Factor");
        var page = await NewPageAsync();
        await AccountPages.SignInAsync(page, email);
        await Expect(page.Locator("#account-menu-button")).ToBeVisibleAsync();

        await page.Locator("#account-menu-button").ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Two-factor authentication" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "QR code with your authenticator key" })).ToBeVisibleAsync();
        await AccountPages.ScreenshotAsync(page, "10-two-factor-setup");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        var key = (await page.Locator("#authenticator-key").TextContentAsync())!;
        await page.GetByLabel("Authentication code").FillAsync(CodeFor(key));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Turn on" }).ClickAsync();
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Expect(page.Locator("#two-factor-status")).ToHaveTextAsync("On");
        await AccountPages.ScreenshotAsync(page, "11-two-factor-recovery-codes");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        await AccountPages.SignOutFromTheMenuAsync(page);
        await AccountPages.SignInAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Two-factor authentication" })).ToBeVisibleAsync();
        await AccountPages.ScreenshotAsync(page, "12-two-factor-sign-in");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByLabel("Authentication code").FillAsync(CodeFor(key));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Verify and sign in" }).ClickAsync();

        await Expect(page.Locator("#account-menu-button")).ToContainTextAsync("Two Factor");
    }

    [Fact]
    public async Task Should_sign_in_with_a_recovery_code_when_the_phone_is_not_at_hand()
    {
        var email = AccountPages.NewEmail();
        await AccountPages.CreateConfirmedUserAsync(App, email, "Lost Phone");
        var page = await NewPageAsync();
        await AccountPages.SignInAsync(page, email);
        await page.GotoAsync("/account/two-factor");
        var key = (await page.Locator("#authenticator-key").TextContentAsync())!;
        await page.GetByLabel("Authentication code").FillAsync(CodeFor(key));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Turn on" }).ClickAsync();
        var recoveryCode = (await page.Locator("#recovery-codes li").First.TextContentAsync())!.Trim();
        await AccountPages.SignOutFromTheMenuAsync(page);
        await AccountPages.SignInAsync(page, email);

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Use a recovery code" }).ClickAsync();
        await AccountPages.ScreenshotAsync(page, "13-recovery-code-sign-in");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Recovery code" }).FillAsync(recoveryCode);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.Locator("#account-menu-button")).ToContainTextAsync("Lost Phone");
    }
}
