using EventPlatform.Identity.Domain;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Gdpr;

/// <summary>Browser pages signed in through the test header, and accounts of the test's own.</summary>
public static class SignedInPages
{
    public const string Password = "browser-erase-1234";

    /// <summary>Every request of the page's context carries the test sign-in header for <paramref name="user"/>.</summary>
    public static Task SignInAsync(this IPage page, Guid user) =>
        page.Context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [TestAuthHandler.UserHeader] = user.ToString() });

    public static async Task<(Guid Id, string Email)> CreateUserAsync(EventPlatformFactory factory)
    {
        var id = Guid.CreateVersion7();
        var email = $"browser-{id:N}@example.test";
        await factory.InTenantAsync(null, async sp =>
        {
            var result = await sp.GetRequiredService<UserManager<User>>()
                .CreateAsync(new User(id, email, "Bruno Browser", DateTimeOffset.UtcNow) { EmailConfirmed = true, PhoneNumber = "+4930123456" }, Password);
            result.Succeeded.ShouldBeTrue();
        });
        return (id, email);
    }

    /// <summary>Saves a full-page screenshot under the temp folder (ep-screenshots) for a human to look at.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ep-screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
