using System.Security.Claims;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EventPlatform.Identity.Accounts;

/// <summary>The sign-in cookie's claims: Identity's own, the display name, and the selected organization.</summary>
public sealed class UserClaimsFactory(UserManager<User> users, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.SelectedOrganizationId is { } organization)
        {
            identity.AddClaim(new Claim(TenantClaimTypes.TenantId, organization.ToString()));
        }

        return identity;
    }
}
