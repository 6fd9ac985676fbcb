using System.Collections.Immutable;
using System.Security.Claims;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EventPlatform.Identity.Tokens;

/// <summary>The claims of the tokens the server issues, for a user (authorization code, refresh) or an integration (client credentials).</summary>
public sealed class TokenPrincipalFactory(IOptions<TokenServerOptions> options)
{
    /// <summary>Kept in codes and refresh tokens only (never sent to apps): a changed stamp (new password, signed out everywhere) ends them.</summary>
    public const string SecurityStampClaim = "security_stamp";

    public ClaimsPrincipal ForUser(User user, ImmutableArray<string> scopes)
    {
        var identity = NewIdentity()
            .SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.DisplayName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(TenantClaimTypes.TenantId, user.SelectedOrganizationId?.ToString())
            .SetClaim(SecurityStampClaim, user.SecurityStamp);
        return Finish(identity, scopes);
    }

    public ClaimsPrincipal ForClient(string clientId, string? displayName, ImmutableArray<string> scopes)
    {
        var identity = NewIdentity()
            .SetClaim(Claims.Subject, clientId)
            .SetClaim(Claims.Name, displayName ?? clientId);
        return Finish(identity, scopes);
    }

    private static ClaimsIdentity NewIdentity() => new(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);

    private ClaimsPrincipal Finish(ClaimsIdentity identity, ImmutableArray<string> scopes)
    {
        identity.SetScopes(scopes);
        identity.SetResources(options.Value.Audience);
        identity.SetDestinations(claim => DestinationsOf(claim, scopes));
        return new ClaimsPrincipal(identity);
    }

    private static IEnumerable<string> DestinationsOf(Claim claim, ImmutableArray<string> scopes) => claim.Type switch
    {
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name when scopes.Contains(Scopes.Profile) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email when scopes.Contains(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name or Claims.Email or TenantClaimTypes.TenantId => [Destinations.AccessToken],
        _ => [],
    };
}
