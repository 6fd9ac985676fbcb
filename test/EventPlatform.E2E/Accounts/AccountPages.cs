using EventPlatform.E2E.Infrastructure;
using EventPlatform.Identity.Domain;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Accounts;

/// <summary>Steps the account browser tests share, and screenshots written next to the test binaries for review.</summary>
internal static class AccountPages
{
    public static string NewEmail(string what = "person") => $"{what}-{Guid.NewGuid():N}@example.test";

    public static Task ScreenshotAsync(IPage page, string name) => BrowserTest.ScreenshotAsync(page, "accounts-" + name);

    /// <summary>A confirmed account made directly through Identity, for tests that start after sign-up.</summary>
    public static async Task CreateConfirmedUserAsync(E2EFactory app, string email, string displayName)
    {
        await app.InTenantAsync(null, async sp =>
        {
            var user = new User(Guid.CreateVersion7(), email, displayName, DateTimeOffset.UtcNow) { EmailConfirmed = true };
            var result = await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, TestData.Password);
            result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        });
    }

    public static async Task SignInAsync(IPage page, string email, string password = TestData.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("E-mail address").FillAsync(email);
        await page.GetByLabel("Password", new PageGetByLabelOptions { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
    }

    public static async Task SignOutFromTheMenuAsync(IPage page)
    {
        await page.Locator("#account-menu-button").ClickAsync();
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign out" }).ClickAsync();
    }
}
