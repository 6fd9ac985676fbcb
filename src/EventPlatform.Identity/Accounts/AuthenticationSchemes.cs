using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace EventPlatform.Identity.Accounts;

/// <summary>
/// One default scheme that picks the real one per request: browsers carry the sign-in cookie, apps and
/// integrations an <c>Authorization</c> header.
/// </summary>
public static class AuthenticationSchemes
{
    public const string Default = "EventPlatform";

    /// <summary>Scheme for bearer access tokens issued by our OpenID Connect server.</summary>
    public static string? BearerScheme { get; internal set; }

    public static string Select(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (BearerScheme is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BearerScheme;
        }

        return IdentityConstants.ApplicationScheme;
    }
}
