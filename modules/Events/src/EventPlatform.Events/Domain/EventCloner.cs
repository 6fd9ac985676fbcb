using EventPlatform.Events.Data;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Domain;

/// <summary>
/// Copies an event as a draft at a new start: details, location, sessions (same offsets from the start) and
/// their speaker links. Attachments and the cover stay with the original; ticket types follow once Ticketing
/// reacts to the clone.
/// </summary>
public sealed class EventCloner(EventsDbContext db, EventManager manager)
{
    public async Task<Event> CloneAsync(Event source, string title, string? slug, DateTimeOffset startsAt, Guid? seriesId = null, CancellationToken cancellationToken = default)
    {
        var shift = startsAt - source.StartsAt;
        var chosenSlug = await manager.ChooseSlugAsync(slug, title, exceptId: null, cancellationToken);
        var copy = new Event(title, chosenSlug, source.Type, source.Format, source.StartsAt + shift, source.EndsAt + shift, source.TimeZone);
        copy.ChangeDetails(title, source.Type, source.Format, source.Visibility, source.Summary, source.DescriptionMarkdown,
            source.OnlineUrl, source.HideFromSearchEngines, source.Tags);
        copy.ChangeLocation(source.Location);
        copy.ChangeContact(source.Contact, source.CustomFields.Select(f => new Events.CustomFieldDto(f.Name, f.Value)));
        if (seriesId is { } series) copy.JoinSeries(series);
        db.Events.Add(copy);

        var sessions = await db.Sessions.Include(s => s.Speakers).Where(s => s.EventId == source.Id).AsNoTracking().ToListAsync(cancellationToken);
        foreach (var session in sessions)
        {
            var sessionCopy = new Session(copy.Id, session.Title, session.StartsAt + shift, session.EndsAt + shift);
            sessionCopy.Change(session.Title, session.Description, session.Room, session.Capacity, session.Tags);
            if (session.IsCancelled) sessionCopy.Cancel(session.CancellationReason);
            sessionCopy.SetSpeakers(session.Speakers.OrderBy(l => l.Position).Select(l => (l.SpeakerId, l.Role)));
            db.Sessions.Add(sessionCopy);
        }

        return copy;
    }
}
