namespace EventPlatform.Platform.MultiTenancy;

/// <summary>
/// A user's role in an organization, looked up on every request that has both, so a changed role or a removed
/// member takes effect without a new sign-in (at once on the node that saved it, within seconds on others: the
/// implementation may keep answers briefly). The X-Tenant header and a selected organization are honoured only for members.
/// </summary>
public interface ITenantMembershipChecker
{
    /// <summary>The role name, or null when the user is not a member.</summary>
    Task<string?> FindRoleAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default);
}
