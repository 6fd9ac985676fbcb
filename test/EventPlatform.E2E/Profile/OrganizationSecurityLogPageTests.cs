using EventPlatform.E2E.Infrastructure;
using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Auditing;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.E2E.Profile;

public sealed class OrganizationSecurityLogPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("es-ES")]
    public async Task Should_show_the_organization_log_to_its_owner_accessibly(string locale)
    {
        await App.InTenantAsync(TestData.OrgA, sp =>
            sp.GetRequiredService<IAuditLog>().WriteAsync(SecurityActions.MemberInvited, SecurityActions.OrganizationEntity, TestData.OrgA.ToString()));
        var page = await NewPageAsync(locale);
        await page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string>
        {
            [TestAuthHandler.UserHeader] = TestData.UserA.ToString(),
            [TestAuthHandler.OrganizationHeader] = TestData.OrgA.ToString(),
        });

        await page.GotoAsync("/organizations/security-log");
        await ProfileBrowser.ScreenshotAsync(page, "desktop-organizations-security-log-" + locale);

        (await page.Locator(".security-log__action").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
