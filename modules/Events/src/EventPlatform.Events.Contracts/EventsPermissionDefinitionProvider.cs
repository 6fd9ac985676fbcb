using EventPlatform.Platform.Authorization;

namespace EventPlatform.Events;

/// <summary>Which organization roles hold the Events module's permissions by default.</summary>
public sealed class EventsPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(EventsPermissions.Events.Manage, [OrganizationRoles.Owner, OrganizationRoles.Admin]),
        new(EventsPermissions.Events.Read, [OrganizationRoles.Owner, OrganizationRoles.Admin, OrganizationRoles.Staff]),
        new(EventsPermissions.Events.Purge, [OrganizationRoles.Owner]),
    ];
}
