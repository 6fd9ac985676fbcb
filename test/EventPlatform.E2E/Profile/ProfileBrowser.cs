using System.Net;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.Identity.Domain;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Profile;

/// <summary>Fresh users and real sign-in cookies (made by SignInManager, as the sign-in page does) for the profile pages' browser tests.</summary>
public static class ProfileBrowser
{
    public const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    public const string Chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    public static async Task<Guid> CreateUserAsync(E2EFactory app, string displayName = "Robin Example")
    {
        var id = Guid.CreateVersion7();
        await app.InTenantAsync(null, async sp =>
        {
            var user = new User(id, $"e2e-{id:N}@example.test", displayName, DateTimeOffset.UtcNow) { EmailConfirmed = true };
            (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, TestData.Password)).Succeeded.ShouldBeTrue();
        });
        return id;
    }

    /// <summary>Signs the user in for <paramref name="page"/>'s browser context; the session is recorded with <paramref name="userAgent"/>.</summary>
    public static async Task SignInAsync(E2EFactory app, IPage page, Guid userId, string userAgent = Chrome)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("127.0.0.1");
        http.Request.Headers.UserAgent = userAgent;
        http.Connection.RemoteIpAddress = IPAddress.Loopback;
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<User>>();
        signIn.Context = http;
        await signIn.SignInAsync((await signIn.UserManager.FindByIdAsync(userId.ToString()))!, new AuthenticationProperties(), "pwd");
        var setCookie = http.Response.Headers.SetCookie.Single(c => c!.StartsWith(".EventPlatform.Session=", StringComparison.Ordinal))!;
        var pair = setCookie[..setCookie.IndexOf(';')];
        var separator = pair.IndexOf('=');
        await page.Context.AddCookiesAsync([new Microsoft.Playwright.Cookie { Name = pair[..separator], Value = pair[(separator + 1)..], Url = app.BaseUrl, HttpOnly = true }]);
    }

    /// <summary>Saves a full-page screenshot under <c>$EP_SCREENSHOTS</c> (default: the test output folder's <c>screenshots</c>).</summary>
    public static Task ScreenshotAsync(IPage page, string name) => BrowserTest.ScreenshotAsync(page, "profile-" + name);
}
