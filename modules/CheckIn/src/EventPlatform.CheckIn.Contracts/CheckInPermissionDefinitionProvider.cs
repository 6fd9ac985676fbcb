using EventPlatform.Platform.Authorization;

namespace EventPlatform.CheckIn;

/// <summary>Which organization roles hold the Check-in module's permissions by default.</summary>
public sealed class CheckInPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(CheckInPermissions.CheckIn.Scan, [OrganizationRoles.Owner, OrganizationRoles.Admin, OrganizationRoles.Staff]),
        new(CheckInPermissions.CheckIn.Supervise, [OrganizationRoles.Owner, OrganizationRoles.Admin]),
        new(CheckInPermissions.Lists.Manage, [OrganizationRoles.Owner, OrganizationRoles.Admin]),
        new(CheckInPermissions.Dashboard.Read, [OrganizationRoles.Owner, OrganizationRoles.Admin]),
    ];
}
