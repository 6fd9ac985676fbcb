using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Caching;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Services;

/// <summary>
/// Organizations are looked up on nearly every request (the tenant middleware reads the route's slug, then a public
/// service enters the organization it names) and change rarely, so answers are kept for <see cref="Lifetime"/>. Saving an
/// organization forgets it at once in this process; other nodes see a rename or a suspension within the lifetime.
/// Unknown slugs are never kept, so probing them cannot fill the cache.
/// </summary>
public sealed class OrganizationCache(TimeProvider time) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly SavedEntityCache<Organization, string, TenantInfo> cache =
        new(Lifetime, time, capacity: 10_000, organization => [SlugKey(organization.Slug), IdKey(organization.Id)]);

    public Task<TenantInfo?> GetAsync(string key, Func<Task<TenantInfo?>> load) => cache.GetOrLoadAsync(key, load);

    public static string SlugKey(string slug) => "slug:" + slug.Trim().ToLowerInvariant();

    public static string IdKey(Guid id) => "id:" + id.ToString("N");

    public void Dispose() => cache.Dispose();
}

/// <summary>The tenant store the kernel sees: <see cref="OrganizationTenantStore"/> behind <see cref="OrganizationCache"/>.</summary>
public sealed class CachedTenantStore(IServiceProvider services, OrganizationCache cache) : ITenantStore
{
    // Resolved only on a miss: a hit touches no DbContext at all.
    private OrganizationTenantStore Store => services.GetRequiredService<OrganizationTenantStore>();

    public Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        cache.GetAsync(OrganizationCache.SlugKey(slug), () => Store.FindBySlugAsync(slug, cancellationToken));

    public Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        cache.GetAsync(OrganizationCache.IdKey(id), () => Store.FindByIdAsync(id, cancellationToken));
}
