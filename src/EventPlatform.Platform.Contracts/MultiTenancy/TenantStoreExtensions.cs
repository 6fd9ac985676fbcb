using EventPlatform.Platform.Exceptions;

namespace EventPlatform.Platform.MultiTenancy;

public static class TenantStoreExtensions
{
    /// <summary>An organization visitors may see by its slug; an unknown or suspended one answers 404, and says no more.</summary>
    public static async Task<TenantInfo> GetVisibleAsync(this ITenantStore tenants, string slug, CancellationToken cancellationToken = default)
    {
        var org = await tenants.FindBySlugAsync(slug, cancellationToken);
        return org is null || org.IsSuspended
            ? throw new BusinessException(PlatformErrorCodes.TenantNotFound, 404).WithData("tenant", slug)
            : org;
    }
}
