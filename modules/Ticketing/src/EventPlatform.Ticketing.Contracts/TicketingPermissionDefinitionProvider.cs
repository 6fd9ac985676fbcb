using EventPlatform.Platform.Authorization;

namespace EventPlatform.Ticketing;

/// <summary>Which organization roles hold the Ticketing module's permissions by default.</summary>
public sealed class TicketingPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(TicketingPermissions.TicketTypes.Manage, [OrganizationRoles.Owner, OrganizationRoles.Admin]),
        new(TicketingPermissions.Registrations.Manage, [OrganizationRoles.Owner, OrganizationRoles.Admin, OrganizationRoles.Staff]),
    ];
}
