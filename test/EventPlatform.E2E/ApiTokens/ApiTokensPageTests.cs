using System.Globalization;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.Identity;
using EventPlatform.Platform.Localization;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.ApiTokens;

/// <summary>
/// The API-token page in a real browser, signed in as organization A's Admin through the test header (the sign-in page
/// belongs to the accounts area). Set EP_SCREENSHOTS to a folder to keep screenshots of the page.
/// </summary>
public sealed class ApiTokensPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    private const string Path = "/organizations/api-tokens";

    private async Task<IPage> OpenAsAdminAsync(string locale = "en-US", ViewportSize? viewport = null)
    {
        var page = await NewPageAsync(locale, viewport);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string>
        {
            [TestAuthHandler.UserHeader] = TestData.AdminA.ToString(),
            [TestAuthHandler.OrganizationHeader] = TestData.OrgA.ToString(),
        });
        (await page.GotoAsync(Path))!.Status.ShouldBe(200);
        return page;
    }

    private string Text(string culture, string key, params object[] arguments)
    {
        var text = App.Services.GetRequiredService<JsonLocalizationStore>().Find(typeof(IdentityResource), key, CultureInfo.GetCultureInfo(culture));
        return string.Format(CultureInfo.GetCultureInfo(culture), text.ShouldNotBeNull(key), arguments);
    }

    private async Task<string> CreateTokenAsync(IPage page, string culture, string name)
    {
        await page.GetByLabel(Text(culture, "ApiTokens:Name"), new() { Exact = true }).FillAsync(name);
        await page.GetByLabel(Text(culture, IdentityPermissions.Members.Read)).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Text(culture, "ApiTokens:CreateButton") }).ClickAsync();
        return await page.Locator("#new-token").InputValueAsync();
    }

    [Fact]
    public async Task Should_show_the_secret_of_a_new_token_once()
    {
        var page = await OpenAsAdminAsync();

        var secret = await CreateTokenAsync(page, "en", "Browser " + Guid.NewGuid().ToString("N")[..6]);
        await ScreenshotAsync(page, "api-tokens-created-desktop");
        await page.GotoAsync(Path);

        secret.ShouldStartWith("ep_");
        (await page.Locator("#new-token").CountAsync()).ShouldBe(0);
        (await page.ContentAsync()).ShouldNotContain(secret);
    }

    [Fact]
    public async Task Should_create_a_token_with_the_keyboard_only()
    {
        var page = await OpenAsAdminAsync();
        var name = "Keyboard " + Guid.NewGuid().ToString("N")[..6];

        await page.FocusAsync("#Input_Name");
        await page.Keyboard.TypeAsync(name);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        await page.FocusAsync("#Input_Name");
        await page.Keyboard.PressAsync("Enter");

        (await page.Locator("#created-heading").TextContentAsync()).ShouldBe(Text("en", "ApiTokens:CreatedTitle", name));
    }

    [Fact]
    public async Task Should_show_a_revoked_token_as_revoked()
    {
        var page = await OpenAsAdminAsync();
        var name = "Revoke " + Guid.NewGuid().ToString("N")[..6];
        await CreateTokenAsync(page, "en", name);

        await page.GetByRole(AriaRole.Button, new() { Name = Text("en", "ApiTokens:RevokeNamed", name) }).ClickAsync();

        var card = page.Locator(".api-token").Filter(new() { HasText = name });
        (await card.Locator(".badge").TextContentAsync())!.Trim().ShouldBe(Text("en", "ApiTokens:Revoked"));
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("de-DE", "de")]
    [InlineData("es-ES", "es")]
    public async Task Should_have_no_accessibility_violations_with_a_new_token_shown(string locale, string culture)
    {
        var page = await OpenAsAdminAsync(locale);
        await CreateTokenAsync(page, culture, "Axe " + culture);

        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_explain_a_missing_permission_next_to_the_permissions()
    {
        var page = await OpenAsAdminAsync();
        await page.GetByLabel(Text("en", "ApiTokens:Name"), new() { Exact = true }).FillAsync("No permission");

        await page.GetByRole(AriaRole.Button, new() { Name = Text("en", "ApiTokens:CreateButton") }).ClickAsync();

        (await page.Locator("[data-valmsg-for='Input.Permissions']").TextContentAsync()).ShouldNotBeNullOrWhiteSpace();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_fit_a_phone_screen_without_horizontal_scrolling()
    {
        var page = await OpenAsAdminAsync("de-DE", Phone);
        await CreateTokenAsync(page, "de", "Telefon " + Guid.NewGuid().ToString("N")[..6]);
        await ScreenshotAsync(page, "api-tokens-created-phone");

        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");

        scrollWidth.ShouldBeLessThanOrEqualTo(innerWidth);
    }
}
