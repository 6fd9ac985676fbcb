using EventPlatform.Identity.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Services;

/// <summary>Resolves organizations for the kernel's tenant resolution.</summary>
public sealed class OrganizationTenantStore(IdentityModuleDbContext db) : ITenantStore
{
    public async Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        var normalized = slug.Trim().ToLowerInvariant();
        return await db.Organizations.AsNoTracking()
            .Where(o => o.Slug == normalized)
            .Select(o => new TenantInfo(o.Id, o.Slug, o.Name, o.SuspendedAt != null))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Organizations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new TenantInfo(o.Id, o.Slug, o.Name, o.SuspendedAt != null))
            .FirstOrDefaultAsync(cancellationToken);
}
