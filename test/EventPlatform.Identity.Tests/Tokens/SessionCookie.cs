using System.Security.Claims;
using EventPlatform.Identity.Domain;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>
/// The session cookie the sign-in page would set for a user, made with the host's own cookie options (protection,
/// session store) and claims factory, so the real cookie handler accepts it. Lets token tests sign in with a cookie
/// without depending on the sign-in page.
/// </summary>
public static class SessionCookie
{
    public static async Task<string> ForAsync(EventPlatformFactory factory, Guid userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);
        var users = services.GetRequiredService<UserManager<User>>();
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<User>>().CreateAsync((await users.FindByIdAsync(userId.ToString()))!);
        var properties = new AuthenticationProperties { IssuedUtc = DateTimeOffset.UtcNow, ExpiresUtc = DateTimeOffset.UtcNow.Add(options.ExpireTimeSpan) };
        var ticket = new AuthenticationTicket(principal, properties, IdentityConstants.ApplicationScheme);
        if (options.SessionStore is { } store)
        {
            // As the cookie handler does with a server-side session store: the cookie carries only the session's key.
            var key = await store.StoreAsync(ticket, new DefaultHttpContext { RequestServices = services }, CancellationToken.None);
            ticket = new AuthenticationTicket(
                new ClaimsPrincipal(new ClaimsIdentity([new Claim("Microsoft.AspNetCore.Authentication.Cookies-SessionId", key)], options.ClaimsIssuer)),
                properties, IdentityConstants.ApplicationScheme);
        }

        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket, null)}";
    }
}
