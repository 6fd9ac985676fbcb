using System.Security.Claims;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Http;

namespace EventPlatform.Platform.Authorization;

/// <summary>
/// Grants a permission when the signed-in user's role (claim <c>org_role</c>) in the current organization is
/// one its definition lists. The role counts only for the organization it was issued for (claim
/// <c>tenant_id</c>); without a current organization, a user, or a known permission the answer is no.
/// </summary>
public sealed class PermissionChecker(PermissionDefinitionManager definitions, IHttpContextAccessor accessor) : IPermissionChecker
{
    public bool IsGranted(string permission) => accessor.HttpContext?.User is { } user && IsGranted(user, permission);

    public bool IsGranted(ClaimsPrincipal user, string permission)
    {
        if (CurrentTenant.CurrentId is not { } tenantId
            || user.FindUserId() is null
            || definitions.Find(permission) is not { } definition)
        {
            return false;
        }

        // A role held in another organization grants nothing here.
        if (!Guid.TryParse(user.FindFirstValue(TenantClaimTypes.TenantId), out var roleTenant) || roleTenant != tenantId)
        {
            return false;
        }

        // A scoped credential (API token) holds its own permissions, in its own organization, and never more than the role.
        if (user.FindFirstValue(TenantClaimTypes.CredentialTenant) is { } credentialTenant
            && (credentialTenant != tenantId.ToString() || !user.HasClaim(TenantClaimTypes.Permission, permission)))
        {
            return false;
        }

        var role = user.FindFirstValue(TenantClaimTypes.Role);
        return role is not null && definition.GrantedToRoles.Contains(role, StringComparer.Ordinal);
    }
}
