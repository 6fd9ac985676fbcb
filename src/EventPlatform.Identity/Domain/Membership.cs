using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Identity.Domain;

/// <summary>A user's role in one organization. Users are global; memberships are per organization.</summary>
public sealed class Membership : AuditedEntity, IMultiTenant
{
    private Membership()
    {
    }

    public Membership(Guid userId, string role)
    {
        UserId = userId;
        ChangeRole(role);
    }

    public Guid TenantId { get; private set; }

    public Guid UserId { get; private set; }

    public string Role { get; private set; } = null!;

    public void ChangeRole(string role) =>
        Role = OrganizationRoles.All.Contains(role) ? role : throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown organization role.");
}
