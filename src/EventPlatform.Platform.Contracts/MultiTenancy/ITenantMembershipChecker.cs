namespace EventPlatform.Platform.MultiTenancy;

/// <summary>Answers whether a user belongs to an organization; the X-Tenant header is honoured only for members.</summary>
public interface ITenantMembershipChecker
{
    Task<bool> IsMemberAsync(Guid userId, Guid tenantId, CancellationToken cancellationToken = default);
}
