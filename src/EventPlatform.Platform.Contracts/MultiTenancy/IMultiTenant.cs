namespace EventPlatform.Platform.MultiTenancy;

/// <summary>An entity owned by one organization. The kernel stamps <see cref="TenantId"/> on insert and refuses a mismatch.</summary>
public interface IMultiTenant
{
    Guid TenantId { get; }
}
