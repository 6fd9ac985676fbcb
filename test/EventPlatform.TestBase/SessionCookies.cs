using System.Net;
using EventPlatform.Identity.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace EventPlatform.TestBase;

/// <summary>
/// A real sign-in cookie for a user, issued by the host's own <see cref="SignInManager{TUser}"/> (no sign-in page
/// needed): browser and cookie tests use it to act as that user through the production cookie scheme.
/// </summary>
public static class SessionCookies
{
    public static async Task<IReadOnlyList<Cookie>> IssueAsync(IServiceProvider services, Guid userId)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<User>>();
        signIn.Context = context;
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException($"No user {userId}.");
        await signIn.SignInAsync(user, isPersistent: false);
        return SetCookieHeaderValue.ParseList(context.Response.Headers.SetCookie.Select(h => h ?? "").ToList())
            .Select(c => new Cookie(c.Name.ToString(), c.Value.ToString(), "/"))
            .ToList();
    }
}
