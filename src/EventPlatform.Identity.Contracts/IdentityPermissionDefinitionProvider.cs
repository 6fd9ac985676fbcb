using EventPlatform.Platform.Authorization;

namespace EventPlatform.Identity;

/// <summary>Which organization roles hold the Identity module's permissions.</summary>
public sealed class IdentityPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(IdentityPermissions.Organization.Manage, OrganizationRoles.Managers),
        new(IdentityPermissions.Organization.Delete, [OrganizationRoles.Owner]),
        new(IdentityPermissions.Members.Read, [OrganizationRoles.Owner, OrganizationRoles.Admin, OrganizationRoles.Staff]),
        new(IdentityPermissions.Members.Manage, OrganizationRoles.Managers),
        new(IdentityPermissions.ApiTokens.Manage, OrganizationRoles.Managers),
        new(IdentityPermissions.SecurityLog.Read, OrganizationRoles.Managers),
    ];
}
