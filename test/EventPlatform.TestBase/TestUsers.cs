using System.Security.Claims;
using System.Text.Encodings.Web;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EventPlatform.TestBase;

/// <summary>
/// Test sign-in: <c>X-Test-User</c> (user id) and optionally <c>X-Test-Org</c> (selected organization claim).
/// The role comes from the memberships, as for cookie and token sign-in; requests without the header use those.
/// </summary>
public sealed class TestAuthHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string OrganizationHeader = "X-Test-Org";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Named as ASP.NET Identity names a signed-in user: by user name, which is the e-mail address here.
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, user.ToString()) };
        if (Guid.TryParse(user.ToString(), out var id)) claims.Add(new Claim(ClaimTypes.Name, TestData.EmailOf(id)));
        if (Request.Headers.TryGetValue(OrganizationHeader, out var organization)) claims.Add(new Claim(TenantClaimTypes.TenantId, organization.ToString()));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
