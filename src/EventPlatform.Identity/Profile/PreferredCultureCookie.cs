using EventPlatform.Identity.Domain;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Profile;

/// <summary>The user's preferred language as the request-culture cookie: set when they save it and whenever they sign in.</summary>
public static class PreferredCultureCookie
{
    public static void Apply(HttpResponse response, string? culture, bool removeWhenNone)
    {
        if (culture is null)
        {
            // "Same as my browser": only an explicit choice on the profile page forgets the cookie, not a sign-in.
            if (removeWhenNone) response.Cookies.Delete(CookieRequestCultureProvider.DefaultCookieName);
            return;
        }

        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                Path = "/",
                SameSite = SameSiteMode.Lax,
                Secure = response.HttpContext.Request.IsHttps,
                IsEssential = true,
            });
    }

    /// <summary>After a cookie sign-in on any device: the account's language follows the person.</summary>
    public static async Task ApplyAtSignInAsync(HttpContext http, Guid userId)
    {
        var user = await http.RequestServices.GetRequiredService<UserManager<User>>().FindByIdAsync(userId.ToString());
        Apply(http.Response, user?.PreferredCulture, removeWhenNone: false);
    }
}
