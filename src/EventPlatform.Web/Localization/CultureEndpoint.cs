using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;

namespace EventPlatform.Web.Localization;

/// <summary>POST <c>/culture</c>: the language picker stores the choice in the culture cookie and goes back.</summary>
public static class CultureEndpoint
{
    public const string Path = "/culture";

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, SwitchAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> SwitchAsync(HttpContext http, IAntiforgery antiforgery)
    {
        // Read by hand (not [FromForm]) so the check below is the one place antiforgery is decided.
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var culture = form["culture"].ToString();
        if (!SupportedLanguages.IsSupported(culture))
        {
            return Results.BadRequest();
        }

        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                Path = "/",
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                IsEssential = true,
            });
        return Results.Redirect(LocalUrl.OrHome(form["returnUrl"].ToString()));
    }
}
