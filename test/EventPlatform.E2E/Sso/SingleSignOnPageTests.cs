using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Sso;

public sealed class SingleSignOnPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_save_single_sign_on_and_show_the_redirect_address_for_the_identity_provider()
    {
        var page = await NewSignedInPageAsync(TestData.UserB, TestData.OrgB);
        await page.GotoAsync("/organizations/sso");

        await page.GetByLabel("Issuer address").FillAsync("https://login.example.com");
        await page.GetByLabel("Client ID").FillAsync("eventplatform");
        await page.GetByLabel("Client secret").FillAsync("a-client-secret");
        await page.GetByLabel("E-mail domains that join automatically").FillAsync($"corp-{Guid.NewGuid():N}.example");
        await page.GetByLabel("Role of people who join").SelectOptionAsync("Staff");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save single sign-on" }).ClickAsync();

        (await page.GetByRole(AriaRole.Status).TextContentAsync()).ShouldBe("Single sign-on saved.");
        (await page.GetByLabel("Redirect address").InputValueAsync()).ShouldEndWith($"/signin-sso-{TestData.OrgB:N}");
        (await page.GetByLabel("Client secret").InputValueAsync()).ShouldBeEmpty();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "organizations-sso");
    }

    [Fact]
    public async Task Should_explain_missing_fields_in_the_visitors_language()
    {
        var page = await NewSignedInPageAsync(TestData.UserA, TestData.OrgA, locale: "de-DE");
        await page.GotoAsync("/organizations/sso");

        await page.GetByRole(AriaRole.Button, new() { Name = App.IdentityText("de", "Sso:Save") }).ClickAsync();

        (await page.Locator("#authority-error").TextContentAsync())!.Trim().ShouldBe(App.IdentityText("de", "Sso:AuthorityRequired"));
        (await page.GetByLabel(App.IdentityText("de", "Sso:Authority")).GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task Should_refuse_the_settings_to_staff()
    {
        var page = await NewSignedInPageAsync(TestData.StaffA, TestData.OrgA);

        var response = await page.GotoAsync("/organizations/sso");

        response!.Status.ShouldBe(403);
    }

    [Fact]
    public async Task Should_tell_a_visitor_whose_domain_has_no_single_sign_on_on_a_phone()
    {
        var page = await NewPageAsync(viewport: Phone);
        await page.GotoAsync("/account/sso");

        await page.GetByLabel("Work e-mail").FillAsync("someone@unknown-company.example");
        await page.GetByLabel("Work e-mail").PressAsync("Enter");

        (await page.GetByRole(AriaRole.Alert).TextContentAsync()).ShouldBe(App.IdentityText("en", "Identity:SsoNoOrganizationForEmail"));
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        overflow.ShouldBeFalse();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "account-sso-phone");
    }
}
