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

    /// <summary>Scheme for organization API tokens (<c>Authorization: Bearer ep_...</c>).</summary>
    public static string? ApiTokenScheme { get; internal set; }

    public static string Select(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (ApiTokenScheme is not null && authorization.StartsWith("Bearer " + ApiTokens.ApiTokenConsts.Prefix, StringComparison.Ordinal))
        {
            return ApiTokenScheme;
        }

        if (BearerScheme is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return BearerScheme;
        }

        return IdentityConstants.ApplicationScheme;
    }
}
