using Microsoft.AspNetCore.Http;

namespace EventPlatform.Identity.Sso;

/// <summary>Before authentication runs: makes sure the scheme that answers <c>/signin-sso-{organization}</c> exists on this node.</summary>
public sealed class EnterpriseSsoCallbackMiddleware(RequestDelegate next)
{
    private const string Prefix = "/signin-";

    public async Task InvokeAsync(HttpContext context, EnterpriseSsoSchemes schemes)
    {
        var path = context.Request.Path.Value;
        if (path is not null && path.StartsWith(Prefix, StringComparison.Ordinal)
            && EnterpriseSsoSchemes.OrganizationOf(path[Prefix.Length..]) is { } organization)
        {
            await schemes.EnsureAsync(organization, context.RequestAborted);
        }

        await next(context);
    }
}
