using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Services;

/// <summary>
/// Finds the organization's events, sessions and speakers for the module's services; the tenant filter hides other
/// organizations' rows, so their ids answer 404 like ids that never existed.
/// </summary>
public sealed class EventLookup(EventsDbContext db)
{
    /// <param name="includeDeleted">Also find an event in the recycle bin (to read, restore or purge it).</param>
    public async Task<Event> EventAsync(Guid id, bool includeDeleted = false, CancellationToken cancellationToken = default) =>
        await (includeDeleted ? db.Events.IgnoreQueryFilters([DataFilters.SoftDelete]) : db.Events).FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
        ?? throw new BusinessException(EventsErrorCodes.EventNotFound, 404).WithData("event", id);

    public async Task<Session> SessionAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Sessions.Include(s => s.Speakers).Include(s => s.Attachments).AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new BusinessException(EventsErrorCodes.SessionNotFound, 404);

    public async Task<Speaker> SpeakerAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Speakers.FirstOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new BusinessException(EventsErrorCodes.SpeakerNotFound, 404);

    /// <summary>The session with its event, which every agenda change touches (calendar sequence, public listing).</summary>
    public async Task<(Session Session, Event Event)> SessionWithEventAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var session = await SessionAsync(id, cancellationToken);
        // The event is soft-deletable; a session of a deleted event is not found either.
        var @event = await db.Events.FirstOrDefaultAsync(e => e.Id == session.EventId, cancellationToken)
            ?? throw new BusinessException(EventsErrorCodes.SessionNotFound, 404);
        return (session, @event);
    }
}
