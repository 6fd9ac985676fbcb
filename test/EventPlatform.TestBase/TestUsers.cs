using System.Security.Claims;
using System.Text.Encodings.Web;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventPlatform.TestBase;

/// <summary>
/// Test sign-in: <c>X-Test-User</c> (user id) and optionally <c>X-Test-Org</c> (selected organization claim)
/// and <c>X-Test-Role</c>. Stands in for cookie and token sign-in until the Identity module provides them.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string OrganizationHeader = "X-Test-Org";
    public const string RoleHeader = "X-Test-Role";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.ToString()) };
        if (Request.Headers.TryGetValue(OrganizationHeader, out var organization)) claims.Add(new Claim(TenantClaimTypes.TenantId, organization.ToString()));
        if (Request.Headers.TryGetValue(RoleHeader, out var role)) claims.Add(new Claim(TenantClaimTypes.Role, role.ToString()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
