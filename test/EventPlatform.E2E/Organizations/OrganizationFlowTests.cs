using EventPlatform.E2E.Infrastructure;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Organizations;

/// <summary>The organizer's path in the browser: create an organization, invite a colleague who accepts by e-mail, switch organizations.</summary>
public sealed class OrganizationFlowTests(E2EFactory app, BrowserFixture browser) : OrganizationBrowserTest(app, browser)
{
    [Fact]
    public async Task Should_create_an_organization_and_work_in_it()
    {
        var (owner, _) = await NewUserAsync("Olivia Owner");
        var page = await SignedInPageAsync(owner);
        var slug = $"e2e-{Guid.NewGuid():N}"[..16];
        await page.GotoAsync("/organizations/new");
        await ScreenshotAsync(page, "new-organization");

        await page.GetByLabel("Name").FillAsync("Harbour Festival");
        await page.GetByLabel("Address").FillAsync(slug);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organization" }).ClickAsync();

        await page.WaitForURLAsync("**/organizations/settings");
        (await page.Locator(".org-switcher__label").TextContentAsync())!.Trim().ShouldBe("Harbour Festival");
        await ScreenshotAsync(page, "settings");
        await page.GotoAsync($"/o/{slug}");
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Harbour Festival");
    }

    [Fact]
    public async Task Should_refuse_a_taken_address_next_to_the_field()
    {
        var (owner, _) = await NewUserAsync("Tina Taken");
        var page = await SignedInPageAsync(owner);
        await page.GotoAsync("/organizations/new");

        await page.GetByLabel("Name").FillAsync("Copycat");
        await page.GetByLabel("Address").FillAsync(TestData.OrgASlug);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organization" }).ClickAsync();

        (await page.Locator("#slug-error").TextContentAsync() ?? "").ShouldContain("already taken");
    }

    [Fact]
    public async Task Should_invite_a_colleague_who_accepts_with_the_link_from_the_email()
    {
        var (owner, _) = await NewUserAsync("Olivia Owner");
        var (colleague, colleagueEmail) = await NewUserAsync("Carl Colleague");
        await NewOrganizationAsync(owner, "Riverside Concerts");
        var ownerPage = await SignedInPageAsync(owner);
        await ownerPage.GotoAsync("/organizations/members");

        await ownerPage.GetByLabel("E-mail address").FillAsync(colleagueEmail);
        await ownerPage.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(OrganizationRoles.Staff);
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();

        (await ownerPage.Locator("[role=status]").TextContentAsync()).ShouldBe("The invitation is on its way.");
        await ScreenshotAsync(ownerPage, "members-with-invitation");
        var link = TestMailbox.LinkIn(await App.Mailbox.WaitForAsync(colleagueEmail, "Riverside Concerts"), "/join");
        var colleaguePage = await SignedInPageAsync(colleague);
        await colleaguePage.GotoAsync(new Uri(link).PathAndQuery);
        await ScreenshotAsync(colleaguePage, "join");
        await colleaguePage.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await colleaguePage.WaitForURLAsync("**/organizations");
        (await colleaguePage.Locator(".org-list__name").First.TextContentAsync())!.ShouldContain("Riverside Concerts");
        (await colleaguePage.Locator(".org-switcher__label").TextContentAsync())!.Trim().ShouldBe("Riverside Concerts");
        await ownerPage.GotoAsync("/organizations/members");
        (await ownerPage.Locator(".member-list__email").AllTextContentsAsync()).ShouldContain(colleagueEmail);
    }

    [Fact]
    public async Task Should_switch_organizations_from_the_header()
    {
        var (user, _) = await NewUserAsync("Sam Switcher");
        await NewOrganizationAsync(user, "Alpha Events");
        await NewOrganizationAsync(user, "Beta Events");
        var page = await SignedInPageAsync(user);
        await page.GotoAsync("/organizations");
        (await page.Locator(".org-switcher__label").TextContentAsync())!.Trim().ShouldBe("Beta Events");

        await page.Locator("#org-switcher").ClickAsync();
        await ScreenshotAsync(page, "switcher-open");
        await page.Locator(".org-switcher__menu").GetByRole(AriaRole.Button, new() { Name = "Alpha Events" }).ClickAsync();

        // The page is /organizations before and after the switch: wait for the label, not the address.
        await Expect(page.Locator(".org-switcher__label")).ToHaveTextAsync("Alpha Events");
    }

    [Fact]
    public async Task Should_switch_organizations_with_the_keyboard_only()
    {
        var (user, _) = await NewUserAsync("Kim Keyboard");
        await NewOrganizationAsync(user, "Alpha Keys");
        await NewOrganizationAsync(user, "Beta Keys");
        var page = await SignedInPageAsync(user);
        await page.GotoAsync("/organizations");

        await page.Locator("#org-switcher").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("ArrowDown");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        focused.ShouldStartWith("Alpha Keys");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".org-switcher__label")).ToHaveTextAsync("Alpha Keys");
    }
}
