using System.Security.Claims;
using System.Text.Encodings.Web;
using EventPlatform.Identity.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.ApiTokens;

/// <summary>
/// <c>Authorization: Bearer ep_...</c>: the token's creator acting in the token's organization with only the token's
/// permissions (the kernel's permission checker also requires the creator's current role to grant each one).
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IdentityModuleDbContext db,
    ICurrentTenant currentTenant,
    ApiTokenCache cache,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    public const string TokenIdClaim = "api_token_id";

    /// <summary>Last-used time is written at most this often per token, so busy integrations do not write on every call.</summary>
    public static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith(BearerPrefix + ApiTokenConsts.Prefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.NoResult();
        }

        var token = authorization[BearerPrefix.Length..].Trim();
        if (!ApiTokenSecret.TryReadOrganization(token, out var organizationId))
        {
            return AuthenticateResult.Fail("Malformed API token.");
        }

        var hash = ApiTokenSecret.Hash(token);
        var now = clock.GetUtcNow();
        using (currentTenant.Change(organizationId))
        {
            var apiToken = await cache.GetOrLoadAsync(hash, () => db.ApiTokens.AsNoTracking().Where(t => t.TokenHash == hash)
                .Select(t => new KnownApiToken(t.Id, t.CreatedBy, t.Permissions, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
                .FirstOrDefaultAsync(Context.RequestAborted));
            if (apiToken is null || !apiToken.IsActiveAt(now) || apiToken.CreatedBy is not { } creator)
            {
                return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
            }

            var stale = now - LastUsedPrecision;
            if (apiToken.LastUsedAt is null || apiToken.LastUsedAt < stale)
            {
                await db.ApiTokens
                    .Where(t => t.Id == apiToken.Id && (t.LastUsedAt == null || t.LastUsedAt < stale))
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
                apiToken.LastUsedAt = now;
            }

            var organization = organizationId.Value.ToString();
            var claims = new List<Claim>
            {
                new(ClaimTypes.NameIdentifier, creator.ToString()),
                new(TenantClaimTypes.TenantId, organization),
                new(TenantClaimTypes.CredentialTenant, organization),
                new(TokenIdClaim, apiToken.Id.ToString()),
            };
            claims.AddRange(apiToken.Permissions.Select(p => new Claim(TenantClaimTypes.Permission, p)));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
            return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
        }
    }
}
