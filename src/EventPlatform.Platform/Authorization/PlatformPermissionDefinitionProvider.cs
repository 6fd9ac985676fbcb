namespace EventPlatform.Platform.Authorization;

/// <summary>The kernel's permissions, held by an organization's owners and admins.</summary>
public sealed class PlatformPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(PlatformPermissions.AuditLog.Read, OrganizationRoles.Managers),
        new(PlatformPermissions.Settings.Manage, OrganizationRoles.Managers),
    ];
}
