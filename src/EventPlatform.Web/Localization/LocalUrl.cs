using Microsoft.AspNetCore.Diagnostics;

namespace EventPlatform.Web.Localization;

/// <summary>Keeps redirects on this site: anything but a plain local path ("/..." not "//host" or "/\host") goes home.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);

    /// <summary>The address the visitor asked for; on a re-executed error page that is the original one, not <c>/error/404</c>.</summary>
    public static string OfRequest(HttpContext http)
    {
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return reExecuted.OriginalPathBase + reExecuted.OriginalPath + reExecuted.OriginalQueryString;
        }

        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value;
        return http.Request.PathBase + path + http.Request.QueryString;
    }
}
