using EventPlatform.Events.Domain;
using EventPlatform.Platform.Data;
using Microsoft.Extensions.Caching.Memory;

namespace EventPlatform.Events.Catalog;

/// <summary>
/// Event summaries for the other modules: a buyer's reservation and confirmation each need the event, and an on-sale
/// asks for the same one thousands of times, so summaries are kept for <see cref="Lifetime"/>, per organization.
/// Saving an event or one of its sessions forgets its summary at once in this process; other nodes see the change within
/// the lifetime. A slug maps to an event id and is trusted only while the summary it leads to still has that slug.
/// </summary>
public sealed class EventCatalogCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public EventCatalogCache() => ModuleDbContext.Saved += Forget;

    public EventSummary? FindById(Guid tenantId, Guid eventId) => cache.TryGetValue((tenantId, eventId), out EventSummary? kept) ? kept : null;

    public EventSummary? FindBySlug(Guid tenantId, string slug) =>
        cache.TryGetValue((tenantId, slug), out Guid id) && FindById(tenantId, id) is { } kept && kept.Slug == slug ? kept : null;

    public void Keep(Guid tenantId, EventSummary summary)
    {
        var options = new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime };
        cache.Set((tenantId, summary.Id), summary, options);
        cache.Set((tenantId, summary.Slug), summary.Id, options);
    }

    private void Forget(IReadOnlyList<object> written)
    {
        foreach (var entity in written)
        {
            switch (entity)
            {
                case Event e: cache.Remove((e.TenantId, e.Id)); break;
                case Session s: cache.Remove((s.TenantId, s.EventId)); break;
            }
        }
    }

    public void Dispose()
    {
        ModuleDbContext.Saved -= Forget;
        cache.Dispose();
    }
}
