using EventPlatform.Events.Catalog;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Sessions;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>
/// The agenda of an event. Every change raises the session's and the event's calendar sequence and queues the
/// event's public listing, so subscribed calendars and the search index follow.
/// </summary>
[Authorize(EventsPermissions.Events.Read)]
public sealed class SessionAppService(
    EventsDbContext db,
    EventLookup lookup,
    PublicListingWriter listings,
    IPermissionChecker permissions,
    IBlobContainer<SessionFiles> files) : ISessionAppService
{
    public async Task<IReadOnlyList<SessionDto>> GetListAsync(Guid eventId)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        var @event = await lookup.EventAsync(eventId);
        var sessions = await db.Sessions.Where(s => s.EventId == eventId)
            .Include(s => s.Speakers).Include(s => s.Attachments).AsSplitQuery()
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Room).ThenBy(s => s.Title)
            .AsNoTracking()
            .ToListAsync();
        var names = await SpeakerNamesAsync(sessions.SelectMany(s => s.Speakers.Select(l => l.SpeakerId)));
        return sessions.Select(s => SessionMapper.ToDto(s, @event, names)).ToList();
    }

    public async Task<SessionDto> GetAsync(Guid id)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        var (session, @event) = await lookup.SessionWithEventAsync(id);
        return await ToDtoAsync(session, @event);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<SessionDto> CreateAsync(Guid eventId, SessionInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var @event = await lookup.EventAsync(eventId);
        var (startsAt, endsAt) = TimesWithin(@event, input.StartLocal, input.EndLocal);
        var session = new Session(@event.Id, input.Title.Trim(), startsAt, endsAt);
        Apply(session, input);
        db.Sessions.Add(session);
        db.AddIntegrationEvent(new SessionCapacityChanged(@event.Id, session.Id, session.Capacity));
        await SaveAsync(@event);
        return await ToDtoAsync(session, @event);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<SessionDto> UpdateAsync(Guid id, SessionInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var (session, @event) = await lookup.SessionWithEventAsync(id);
        var (startsAt, endsAt) = TimesWithin(@event, input.StartLocal, input.EndLocal);
        if (startsAt != session.StartsAt || endsAt != session.EndsAt)
        {
            var (cancelled, reason) = (session.IsCancelled, session.CancellationReason);
            session.Reschedule(startsAt, endsAt);
            // Editing the times of a cancelled session keeps it cancelled; only Reschedule brings it back.
            if (cancelled) session.Cancel(reason);
        }

        var capacity = session.Capacity;
        Apply(session, input);
        if (session.Capacity != capacity) db.AddIntegrationEvent(new SessionCapacityChanged(@event.Id, session.Id, session.Capacity));
        await SaveAsync(@event);
        return await ToDtoAsync(session, @event);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task DeleteAsync(Guid id)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var (session, @event) = await lookup.SessionWithEventAsync(id);
        var blobs = session.Attachments.Select(a => a.BlobName).ToList();
        db.Sessions.Remove(session);
        db.AddIntegrationEvent(new SessionCapacityChanged(@event.Id, session.Id, null, Removed: true));
        await SaveAsync(@event);
        foreach (var blob in blobs) await files.DeleteAsync(blob);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<SessionDto> CancelAsync(Guid id, CancelSessionInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var (session, @event) = await lookup.SessionWithEventAsync(id);
        session.Cancel(string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim());
        await SaveAsync(@event);
        return await ToDtoAsync(session, @event);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<SessionDto> RescheduleAsync(Guid id, RescheduleSessionInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var (session, @event) = await lookup.SessionWithEventAsync(id);
        var (startsAt, endsAt) = TimesWithin(@event, input.StartLocal, input.EndLocal);
        session.Reschedule(startsAt, endsAt);
        if (!string.IsNullOrWhiteSpace(input.Room) && input.Room.Trim() != session.Room)
        {
            session.Change(session.Title, session.Description, input.Room.Trim(), session.Capacity, session.Tags);
        }

        await SaveAsync(@event);
        return await ToDtoAsync(session, @event);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<SessionDto> SetSpeakersAsync(Guid id, IReadOnlyList<SessionSpeakerInput> speakers)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var (session, @event) = await lookup.SessionWithEventAsync(id);
        var wanted = (speakers ?? []).DistinctBy(s => s.SpeakerId).ToList();
        var ids = wanted.Select(s => s.SpeakerId).ToList();
        // Speakers of another organization are invisible here, so they count as unknown.
        var known = await db.Speakers.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync();
        if (ids.Except(known).Any()) throw new BusinessException(EventsErrorCodes.SpeakerNotFound, 404);
        if (wanted.Any(s => !Enum.IsDefined(s.Role))) throw new BusinessException(PlatformErrorCodes.BadRequest, 400);
        session.SetSpeakers(wanted.Select(s => (s.SpeakerId, s.Role)));
        await SaveAsync(@event);
        return await ToDtoAsync(session, @event);
    }

    private static (DateTimeOffset StartsAt, DateTimeOffset EndsAt) TimesWithin(Event @event, DateTime startLocal, DateTime endLocal)
    {
        var zone = EventSchedule.FindZone(@event.TimeZone);
        var startsAt = EventSchedule.ToUtc(startLocal, zone);
        var endsAt = EventSchedule.ToUtc(endLocal, zone);
        EventManager.EnsureWithinEvent(@event, startsAt, endsAt);
        return (startsAt, endsAt);
    }

    private static void Apply(Session session, SessionInput input) =>
        session.Change(input.Title.Trim(), Blank(input.Description), Blank(input.Room), input.Capacity,
            (input.Tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));

    private async Task SaveAsync(Event @event)
    {
        // An archived event's agenda is frozen like the event itself.
        if (@event.Status == Events.EventStatus.Archived) throw new BusinessException(EventsErrorCodes.EventArchived, 409);
        @event.Touch();
        await listings.QueueAsync(@event);
        await db.SaveChangesAsync();
    }

    private async Task<SessionDto> ToDtoAsync(Session session, Event @event) =>
        SessionMapper.ToDto(session, @event, await SpeakerNamesAsync(session.Speakers.Select(l => l.SpeakerId)));

    private async Task<IReadOnlyDictionary<Guid, string>> SpeakerNamesAsync(IEnumerable<Guid> speakerIds)
    {
        var ids = speakerIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string>();
        return await db.Speakers.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
