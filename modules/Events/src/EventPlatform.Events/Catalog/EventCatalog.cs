using System.Linq.Expressions;
using EventPlatform.Events.Catalog;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Catalog;

/// <summary>
/// Two indexed reads (the event, then its sessions) inside the current organization, behind <see cref="EventCatalogCache"/>
/// for single events. Outside an organization (host scope) nothing is kept.
/// </summary>
public sealed class EventCatalog(EventsDbContext db, TimeProvider clock, EventCatalogCache cache) : IEventCatalog
{
    public Task<EventSummary?> FindAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        FindOneAsync(tenant => cache.FindById(tenant, eventId), e => e.Id == eventId, cancellationToken);

    public EventSummary? FindKept(Guid eventId) =>
        !CurrentTenant.IsHostScope && CurrentTenant.CurrentId is { } tenant ? cache.FindById(tenant, eventId) : null;

    public Task<EventSummary?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        FindOneAsync(tenant => cache.FindBySlug(tenant, slug), e => e.Slug == slug, cancellationToken);

    private async Task<EventSummary?> FindOneAsync(Func<Guid, EventSummary?> kept, Expression<Func<Event, bool>> match, CancellationToken cancellationToken)
    {
        var tenant = CurrentTenant.IsHostScope ? null : CurrentTenant.CurrentId;
        if (tenant is { } t && kept(t) is { } found) return found;
        var version = cache.Version;
        var summary = await SummarizeAsync(await db.Events.AsNoTracking().FirstOrDefaultAsync(match, cancellationToken), cancellationToken);
        if (tenant is { } keptFor && summary is not null) cache.Keep(keptFor, summary, version);
        return summary;
    }

    public async Task<IReadOnlyList<EventSummary>> GetUpcomingAsync(int max, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var events = await db.Events.AsNoTracking().Where(e => e.EndsAt >= now && e.Status != Events.EventStatus.Archived)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(Math.Clamp(max, 1, 200)).ToListAsync(cancellationToken);
        var summaries = new List<EventSummary>(events.Count);
        foreach (var @event in events) summaries.Add((await SummarizeAsync(@event, cancellationToken))!);
        return summaries;
    }

    private async Task<EventSummary?> SummarizeAsync(Event? @event, CancellationToken cancellationToken)
    {
        if (@event is null) return null;
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.EventId == @event.Id)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Title)
            .Select(s => new SessionSummary(s.Id, s.Title, s.StartsAt, s.EndsAt, s.Capacity, s.IsCancelled))
            .ToListAsync(cancellationToken);
        var location = string.Join(", ", new[] { @event.VenueName, @event.Address, @event.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new EventSummary(@event.Id, @event.Slug, @event.Title, @event.Status, @event.Visibility, @event.Format,
            @event.StartsAt, @event.EndsAt, @event.TimeZone, location.Length == 0 ? null : location, sessions);
    }
}
