using EventPlatform.Identity.Domain;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EventPlatform.Identity.Tokens;

/// <summary>
/// <c>/connect/token</c> after OpenIddict validated the client, the code (with its PKCE verifier) or the refresh token:
/// decides what the new tokens hold. Users are re-read on every exchange, so locked, erased or re-secured accounts stop here.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        UserManager<User> users,
        IOpenIddictApplicationManager applications,
        TokenPrincipalFactory principals)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("OpenIddict let an unknown client through.");
            return TokenResults.SignIn(principals.ForClient(request.ClientId!, await applications.GetDisplayNameAsync(application), request.GetScopes()));
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            // Only the flows enabled in TokensServiceCollectionExtensions reach this endpoint.
            throw new InvalidOperationException($"Grant type {request.GrantType} is not enabled.");
        }

        var granted = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal
            ?? throw new InvalidOperationException("OpenIddict validated a grant without a principal.");
        var user = granted.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
        if (user is null || user.ErasedAt is not null || await users.IsLockedOutAsync(user)
            || granted.GetClaim(TokenPrincipalFactory.SecurityStampClaim) != user.SecurityStamp)
        {
            return TokenResults.Error(Errors.InvalidGrant, "The grant is no longer valid: sign in again.");
        }

        // Fresh claims (name, selected organization) with the scopes and authorization of the original grant.
        var principal = principals.ForUser(user, granted.GetScopes());
        principal.SetAuthorizationId(granted.GetAuthorizationId());
        return TokenResults.SignIn(principal);
    }
}
