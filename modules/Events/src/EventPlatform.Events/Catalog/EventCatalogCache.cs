using EventPlatform.Events.Domain;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Caching;

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

    private readonly ExpiringCache<(Guid Tenant, Guid Event), EventSummary> summaries;
    private readonly ExpiringCache<(Guid Tenant, string Slug), Guid> slugs;

    public EventCatalogCache(TimeProvider time)
    {
        summaries = new(Lifetime, time, capacity: 20_000);
        slugs = new(Lifetime, time, capacity: 20_000);
        ModuleDbContext.Saved += Forget;
    }

    /// <summary>Read before loading and passed to <see cref="Keep"/>: a summary loaded while its event was saved is not kept.</summary>
    public long Version => summaries.Version;

    public EventSummary? FindById(Guid tenantId, Guid eventId) => summaries.TryGet((tenantId, eventId), out var kept) ? kept : null;

    public EventSummary? FindBySlug(Guid tenantId, string slug) =>
        slugs.TryGet((tenantId, slug), out var id) && FindById(tenantId, id) is { } kept && kept.Slug == slug ? kept : null;

    public void Keep(Guid tenantId, EventSummary summary, long version)
    {
        summaries.Keep((tenantId, summary.Id), summary, version);
        slugs.Keep((tenantId, summary.Slug), summary.Id, slugs.Version);
    }

    private void Forget(IReadOnlyList<object> written)
    {
        foreach (var entity in written)
        {
            switch (entity)
            {
                case Event e: summaries.Invalidate((e.TenantId, e.Id)); break;
                case Session s: summaries.Invalidate((s.TenantId, s.EventId)); break;
            }
        }
    }

    public void Dispose() => ModuleDbContext.Saved -= Forget;
}
