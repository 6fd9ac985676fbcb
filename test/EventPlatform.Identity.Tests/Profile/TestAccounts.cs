using System.Net;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Auditing;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.Profile;

/// <summary>Fresh users per test (so tests never share state) and real sign-in cookies made by SignInManager.</summary>
public static class TestAccounts
{
    public const string FirefoxOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    public const string SafariOnIPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    /// <summary>A confirmed user with password <see cref="TestData.Password"/> and no organization.</summary>
    public static async Task<Guid> CreateUserAsync(EventPlatformFactory factory, string displayName = "Pat Profile")
    {
        var id = Guid.CreateVersion7();
        await factory.InTenantAsync(null, async sp =>
        {
            var user = new User(id, $"profile-{id:N}@example.test", displayName, DateTimeOffset.UtcNow) { EmailConfirmed = true };
            var result = await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, TestData.Password);
            result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        });
        return id;
    }

    /// <summary>
    /// Signs <paramref name="userId"/> in through SignInManager, as the sign-in page does, from a browser with
    /// <paramref name="userAgent"/> at <paramref name="ip"/>; returns the session cookie ("name=value").
    /// </summary>
    public static async Task<string> SignInAsync(EventPlatformFactory factory, Guid userId, string userAgent = FirefoxOnWindows, string ip = "203.0.113.7")
    {
        var cookie = (await SignInCookiesAsync(factory, userId, userAgent, ip)).Single(c => c.StartsWith(".EventPlatform.Session=", StringComparison.Ordinal));
        return cookie[..cookie.IndexOf(';')];
    }

    /// <summary>Every <c>Set-Cookie</c> header of a sign-in through SignInManager.</summary>
    public static async Task<IReadOnlyList<string>> SignInCookiesAsync(EventPlatformFactory factory, Guid userId, string userAgent = FirefoxOnWindows, string ip = "203.0.113.7")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Scheme = "http";
        http.Request.Host = new HostString("localhost");
        http.Request.Headers.UserAgent = userAgent;
        http.Connection.RemoteIpAddress = IPAddress.Parse(ip);
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<User>>();
        signIn.Context = http;
        var user = await signIn.UserManager.FindByIdAsync(userId.ToString());
        await signIn.SignInAsync(user!, new AuthenticationProperties(), authenticationMethod: "pwd");
        return http.Response.Headers.SetCookie.Select(c => c!).ToList();
    }

    /// <summary>A browser-like client carrying <paramref name="sessionCookie"/>; it keeps cookies and does not follow redirects.</summary>
    public static TestBrowser Browser(EventPlatformFactory factory, string? sessionCookie = null, string userAgent = FirefoxOnWindows) =>
        new(factory, sessionCookie, testUser: null, userAgent);

    /// <summary>A browser-like client signed in through the test header (no session) as <paramref name="userId"/>.</summary>
    public static TestBrowser BrowserFor(EventPlatformFactory factory, Guid userId, Guid? organization = null) =>
        new(factory, sessionCookie: null, testUser: (userId, organization), FirefoxOnWindows);

    /// <summary>Writes a security event about <paramref name="userId"/> inside <paramref name="tenant"/>, as the account pages do.</summary>
    public static Task WriteUserEventAsync(EventPlatformFactory factory, Guid? tenant, string action, Guid userId) =>
        factory.InTenantAsync(tenant, sp =>
            sp.GetRequiredService<IAuditLog>().WriteAsync(action, global::EventPlatform.Identity.Accounts.SecurityActions.UserEntity, userId.ToString()));

    /// <summary>The security events about <paramref name="userId"/>, read as a superuser (row-level security does not hide any).</summary>
    public static async Task<List<string>> ActionsAboutAsync(EventPlatformFactory factory, Guid userId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(factory.Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT action FROM platform.audit_log WHERE entity = 'identity.users' AND entity_key = @key ORDER BY created_at", connection);
        command.Parameters.AddWithValue("key", userId.ToString());
        var actions = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) actions.Add(reader.GetString(0));
        return actions;
    }
}
