namespace EventPlatform.Platform.MultiTenancy;

/// <summary>Finds organizations for tenant resolution. Implemented by the Identity module.</summary>
public interface ITenantStore
{
    Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);

    Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>An organization as tenancy sees it; a suspended one is refused by tenant resolution.</summary>
public sealed record TenantInfo(Guid Id, string Slug, string Name, bool IsSuspended = false);
