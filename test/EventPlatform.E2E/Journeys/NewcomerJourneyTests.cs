using EventPlatform.E2E.Accounts;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EventPlatform.E2E.Journeys;

/// <summary>Issue 3's promise, in one browser session: sign up, verify, create an organization, invite a colleague, switch organizations.</summary>
public sealed class NewcomerJourneyTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_take_a_newcomer_from_sign_up_to_switching_between_two_organizations()
    {
        var email = AccountPages.NewEmail("newcomer");
        var colleagueEmail = AccountPages.NewEmail("colleague");
        await AccountPages.CreateConfirmedUserAsync(App, colleagueEmail, "Carla Colleague");
        var page = await NewPageAsync(viewport: Phone);

        // Sign up and verify the address with the link from the mail.
        await page.GotoAsync("/account/sign-up");
        await page.GetByLabel("Your name").FillAsync("Nora Newcomer");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.GotoAsync(TestMailbox.LinkIn(await App.Mailbox.WaitForAsync(email, "Confirm"), "/account/confirm-email"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my e-mail address" }).ClickAsync();
        await AccountPages.SignInAsync(page, email);

        // Create the first organization.
        var first = await CreateOrganizationAsync(page, "Nora's Festivals");

        // Invite a colleague, who accepts in her own browser.
        await page.GotoAsync("/organizations/members");
        await page.GetByLabel("E-mail address").FillAsync(colleagueEmail);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync(OrganizationRoles.Admin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The invitation is on its way.");
        var colleague = await NewPageAsync();
        await AccountPages.SignInAsync(colleague, colleagueEmail);
        await colleague.GotoAsync(new Uri(TestMailbox.LinkIn(await App.Mailbox.WaitForAsync(colleagueEmail, first), "/join")).PathAndQuery);
        await colleague.GetByRole(AriaRole.Button, new() { Name = "Accept the invitation" }).ClickAsync();
        await Expect(colleague.Locator(".org-switcher__label")).ToHaveTextAsync(first);

        // A second organization, then back to the first from the header.
        await CreateOrganizationAsync(page, "Nora's Workshops");
        await Expect(page.Locator(".org-switcher__label")).ToHaveTextAsync("Nora's Workshops");
        await page.Locator("#org-switcher").ClickAsync();
        await page.Locator(".org-switcher__menu").GetByRole(AriaRole.Button, new() { Name = first }).ClickAsync();

        await Expect(page.Locator(".org-switcher__label")).ToHaveTextAsync(first);
        await page.GotoAsync("/organizations/members");
        var members = await page.Locator(".member-list__email").AllTextContentsAsync();
        members.Select(m => m.Trim()).ShouldBe([email, colleagueEmail], ignoreOrder: true);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await ScreenshotAsync(page, "journey-members-phone");
    }

    private static async Task<string> CreateOrganizationAsync(IPage page, string name)
    {
        await page.GotoAsync("/organizations/new");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByLabel("Address").FillAsync($"j-{Guid.NewGuid():N}"[..14]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create organization" }).ClickAsync();
        await page.WaitForURLAsync("**/organizations/settings");
        return name;
    }
}
