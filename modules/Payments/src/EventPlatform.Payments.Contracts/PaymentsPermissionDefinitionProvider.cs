using EventPlatform.Platform.Authorization;

namespace EventPlatform.Payments;

/// <summary>Which organization roles hold the Payments module's permissions by default.</summary>
public sealed class PaymentsPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public IEnumerable<PermissionDefinition> Define() =>
    [
        new(PaymentsPermissions.Payments.Read, [OrganizationRoles.Owner, OrganizationRoles.Admin]),
        new(PaymentsPermissions.Providers.Manage, [OrganizationRoles.Owner, OrganizationRoles.Admin]),
        new(PaymentsPermissions.Refunds.Manage, [OrganizationRoles.Owner, OrganizationRoles.Admin]),
    ];
}
