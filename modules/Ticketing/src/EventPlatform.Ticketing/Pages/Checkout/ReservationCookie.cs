using Microsoft.AspNetCore.Http;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>
/// Keeps a reservation's token out of URLs (and so out of logs, history and Referer headers): an HttpOnly, SameSite=Lax cookie
/// per reservation whose path is that reservation's checkout, so no other page ever receives it. A cookie rather than a hidden
/// field because the checkout is reached by GET (redirect after reserving, reload, back button).
/// </summary>
public static class ReservationCookie
{
    /// <summary>The done page reads the order through the token, so the cookie outlives the reservation by a day.</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    public static string Path(string tenant, Guid reservationId) => $"/o/{tenant}/checkout/{reservationId}";

    public static void Write(HttpContext context, string tenant, Guid reservationId, string token) =>
        context.Response.Cookies.Append(Name(reservationId), token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = Path(tenant, reservationId),
            MaxAge = Lifetime,
            IsEssential = true,
        });

    public static string? Read(HttpContext context, Guid reservationId) =>
        context.Request.Cookies.TryGetValue(Name(reservationId), out var token) && token.Length > 0 ? token : null;

    private static string Name(Guid reservationId) => "ep_res_" + reservationId.ToString("N");
}
