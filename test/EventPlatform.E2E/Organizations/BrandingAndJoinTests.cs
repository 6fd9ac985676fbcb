using EventPlatform.E2E.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Organizations;

public sealed class BrandingAndJoinTests(E2EFactory app, BrowserFixture browser) : OrganizationBrowserTest(app, browser)
{
    [Fact]
    public async Task Should_show_the_branding_saved_in_settings_on_the_public_page()
    {
        var (owner, _) = await NewUserAsync("Bea Brand");
        var organization = await NewOrganizationAsync(owner, "Lakeside Theatre");
        var page = await SignedInPageAsync(owner);
        await page.GotoAsync("/organizations/settings");

        await page.GetByLabel("Primary color").FillAsync("#0f766e");
        await page.GetByLabel("Terms of service").FillAsync("Tickets can be returned up to 14 days before the show.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        (await page.Locator("[role=status]").TextContentAsync()).ShouldBe("The settings are saved.");
        await page.GotoAsync($"/o/{organization.Slug}");

        (await page.Locator(".org-hero").GetAttributeAsync("style"))!.ShouldContain("--ep-brand: #0f766e;");
        await page.GetByText("Terms of service").ClickAsync();
        (await page.Locator("#terms .org-legal__text").TextContentAsync()).ShouldBe("Tickets can be returned up to 14 days before the show.");
        await ScreenshotAsync(page, "public-branded");
    }

    [Fact]
    public async Task Should_show_a_wrong_color_next_to_its_field()
    {
        var (owner, _) = await NewUserAsync("Cole Color");
        await NewOrganizationAsync(owner, "Color Club");
        var page = await SignedInPageAsync(owner);
        await page.GotoAsync("/organizations/settings");

        await page.GetByLabel("Accent color").FillAsync("orange");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        (await page.Locator("#accent-error").TextContentAsync() ?? "").ShouldContain("#rrggbb");
    }

    [Fact]
    public async Task Should_let_a_newcomer_create_an_account_from_the_invitation_and_land_in_the_organization()
    {
        var (owner, _) = await NewUserAsync("Olivia Owner");
        await NewOrganizationAsync(owner, "Hillside Runners");
        var ownerPage = await SignedInPageAsync(owner);
        await ownerPage.GotoAsync("/organizations/members");
        var email = $"newcomer-{Guid.NewGuid():N}@example.test";
        await ownerPage.GetByLabel("E-mail address").FillAsync(email);
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        var link = TestMailbox.LinkIn(await App.Mailbox.WaitForAsync(email, "Hillside Runners"), "/join");
        var page = await NewPageAsync();

        await page.GotoAsync(new Uri(link).PathAndQuery);
        await ScreenshotAsync(page, "join-newcomer");
        await page.GetByLabel("Your name").FillAsync("Nina Newcomer");
        await page.GetByLabel("Password").FillAsync("a-long-enough-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account and join" }).ClickAsync();

        await page.WaitForURLAsync("**/organizations");
        (await page.Locator(".org-switcher__label").TextContentAsync())!.Trim().ShouldBe("Hillside Runners");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
