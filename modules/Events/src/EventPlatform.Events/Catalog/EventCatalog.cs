using EventPlatform.Events.Catalog;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Catalog;

/// <summary>Two indexed reads (the event, then its sessions) inside the current organization.</summary>
public sealed class EventCatalog(EventsDbContext db) : IEventCatalog
{
    public async Task<EventSummary?> FindAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await SummarizeAsync(await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken), cancellationToken);

    public async Task<EventSummary?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default) =>
        await SummarizeAsync(await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken), cancellationToken);

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
