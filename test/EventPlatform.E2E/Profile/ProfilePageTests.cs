using EventPlatform.E2E.Infrastructure;
using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Auditing;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Profile;

/// <summary>The account pages in a real browser: usable by keyboard, localized, accessible, readable on a phone.</summary>
public sealed class ProfilePageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private async Task<IPage> SignedInPageAsync(string locale = "en-US", ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(locale, viewport);
        var user = await ProfileBrowser.CreateUserAsync(App);
        await ProfileBrowser.SignInAsync(App, page, user);
        // One event, so the security log shows its table rather than the empty state.
        await App.InTenantAsync(null, sp => sp.GetRequiredService<IAuditLog>()
            .WriteAsync(SecurityActions.SignedOutEverywhere, SecurityActions.UserEntity, user.ToString()));
        return page;
    }

    [Theory]
    [InlineData("/account/profile", "en-US")]
    [InlineData("/account/profile", "de-DE")]
    [InlineData("/account/password", "es-ES")]
    [InlineData("/account/sessions", "en-US")]
    [InlineData("/account/security", "de-DE")]
    public async Task Should_have_no_accessibility_violations_on_the_account_pages(string path, string locale)
    {
        var page = await SignedInPageAsync(locale);

        await page.GotoAsync(path);

        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("/account/profile")]
    [InlineData("/account/password")]
    [InlineData("/account/sessions")]
    [InlineData("/account/security")]
    public async Task Should_fit_a_phone_screen_without_horizontal_scrolling(string path)
    {
        var page = await SignedInPageAsync("de-DE", Phone);

        await page.GotoAsync(path);
        await ProfileBrowser.ScreenshotAsync(page, "phone" + path.Replace('/', '-'));

        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"))
            .ShouldBeLessThanOrEqualTo(await page.EvaluateAsync<int>("() => window.innerWidth"));
    }

    [Fact]
    public async Task Should_save_the_display_name_using_only_the_keyboard()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/account/profile");

        await page.GetByLabel("Display name").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Robin Keyboard");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/account/profile");

        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.Trim().ShouldBe("Your profile was saved.");
        (await page.GetByLabel("Display name").InputValueAsync()).ShouldBe("Robin Keyboard");
        await ProfileBrowser.ScreenshotAsync(page, "desktop-account-profile-saved");
    }

    [Fact]
    public async Task Should_switch_the_site_to_the_preferred_language_once_it_is_saved()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/account/profile");

        await page.GetByLabel("Preferred language").SelectOptionAsync("de");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.WaitForURLAsync("**/account/profile");

        (await page.GetAttributeAsync("html", "lang")).ShouldBe("de");
        (await page.GetByRole(AriaRole.Status).TextContentAsync())!.Trim().ShouldBe("Ihr Profil wurde gespeichert.");
    }

    [Fact]
    public async Task Should_show_a_field_error_next_to_an_invalid_phone_number()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/account/profile");

        await page.GetByLabel("Phone number").FillAsync("0301234567");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        var error = page.Locator("#Input_PhoneNumber-error");
        (await error.TextContentAsync())!.ShouldContain("Enter a valid phone number with its country code");
        (await page.GetByLabel("Phone number").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await ProfileBrowser.ScreenshotAsync(page, "desktop-account-profile-invalid-phone");
    }

    [Fact]
    public async Task Should_upload_an_avatar_and_show_it()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/account/profile");

        await page.GetByLabel("Choose a new picture").SetInputFilesAsync(new FilePayload
        {
            Name = "me.png",
            MimeType = "image/png",
            Buffer = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload picture" }).ClickAsync();
        await page.WaitForURLAsync("**/account/profile");

        var avatar = page.GetByRole(AriaRole.Img, new() { Name = "Profile picture of Robin Example" });
        (await avatar.EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(1);
    }

    [Fact]
    public async Task Should_end_another_devices_session_from_the_devices_page()
    {
        var user = await ProfileBrowser.CreateUserAsync(App);
        var laptop = await NewPageAsync();
        await ProfileBrowser.SignInAsync(App, laptop, user, ProfileBrowser.Chrome);
        var other = await NewPageAsync();
        await ProfileBrowser.SignInAsync(App, other, user, ProfileBrowser.Firefox);
        await laptop.GotoAsync("/account/sessions");
        await ProfileBrowser.ScreenshotAsync(laptop, "desktop-account-sessions");

        await laptop.GetByRole(AriaRole.Button, new() { Name = "Sign out Firefox on Windows" }).ClickAsync();
        await laptop.WaitForURLAsync("**/account/sessions");
        await other.GotoAsync("/account/profile");

        (await laptop.GetByRole(AriaRole.Status).TextContentAsync())!.Trim().ShouldBe("The session was ended.");
        other.Url.ShouldContain("/account/sign-in");
    }

    [Fact]
    public async Task Should_list_the_users_security_events()
    {
        var user = await ProfileBrowser.CreateUserAsync(App);
        var page = await NewPageAsync();
        await ProfileBrowser.SignInAsync(App, page, user);
        await page.GotoAsync("/account/password");
        await page.GetByLabel("Current password").FillAsync(TestData.Password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("another-long-passphrase");
        await page.GetByLabel("Repeat the new password").FillAsync("another-long-passphrase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await page.WaitForURLAsync("**/account/password");

        await page.GotoAsync("/account/security");
        await ProfileBrowser.ScreenshotAsync(page, "desktop-account-security");

        (await page.Locator(".security-log__action").AllTextContentsAsync()).ShouldContain("Password changed");
    }
}
