using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace EventPlatform.Platform.Errors;

/// <summary>Runs the pipeline again for the error page, as <c>UseStatusCodePagesWithReExecute</c> does, keeping the status code.</summary>
internal static class StatusCodeReExecutor
{
    public static async Task ReExecuteAsync(StatusCodeContext context, string path)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var originalPath = http.Request.Path;
        var originalQuery = http.Request.QueryString;
        var originalEndpoint = http.GetEndpoint();
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPathBase = http.Request.PathBase.Value!,
            OriginalPath = originalPath.Value!,
            OriginalQueryString = originalQuery.HasValue ? originalQuery.Value : null,
            Endpoint = originalEndpoint,
            RouteValues = http.Features.Get<IRouteValuesFeature>()?.RouteValues,
        });
        http.SetEndpoint(null);
        http.Features.Get<IRouteValuesFeature>()?.RouteValues.Clear();
        http.Request.Path = path;
        http.Request.QueryString = QueryString.Empty;
        try
        {
            await context.Next(http);
        }
        finally
        {
            // The error page has usually written its body by now; the status can only be restored before that.
            if (!http.Response.HasStarted) http.Response.StatusCode = status;
            http.Request.Path = originalPath;
            http.Request.QueryString = originalQuery;
            http.Features.Set<IStatusCodeReExecuteFeature>(null);
        }
    }
}
