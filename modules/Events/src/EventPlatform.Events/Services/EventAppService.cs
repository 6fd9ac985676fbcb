using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Events.Services;

[Authorize(EventsPermissions.Events.Read)]
public sealed class EventAppService(
    EventsDbContext db,
    EventManager manager,
    EventLookup lookup,
    EventCloner cloner,
    PublicListingWriter listings,
    IPermissionChecker permissions,
    IBlobContainer<EventCovers> covers,
    IBlobContainer<SessionFiles> sessionFiles,
    TimeProvider clock) : IEventAppService
{
    public async Task<PagedResult<EventListItemDto>> GetListAsync(EventListRequest input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        var query = input.Deleted
            ? db.Events.IgnoreQueryFilters([DataFilters.SoftDelete]).Where(e => e.IsDeleted)
            : db.Events.AsQueryable();
        if (!input.Deleted)
        {
            query = input.Status is { } status
                ? query.Where(e => e.Status == status)
                : query.Where(e => e.Status != EventStatus.Archived);
        }

        var now = clock.GetUtcNow();
        if (!input.Deleted && input.Status != EventStatus.Archived)
        {
            query = input.Past ? query.Where(e => e.EndsAt < now) : query.Where(e => e.EndsAt >= now);
        }

        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var pattern = "%" + input.Filter.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            query = query.Where(e => EF.Functions.ILike(e.Title, pattern) || EF.Functions.ILike(e.Slug, pattern));
        }

        var total = await query.LongCountAsync();
        var ordered = input.Past ? query.OrderByDescending(e => e.StartsAt) : query.OrderBy(e => e.StartsAt);
        var items = await ordered.ThenBy(e => e.Id)
            .Skip(Math.Max(0, input.Skip))
            .Take(Math.Clamp(input.Take, 1, PagedRequest.MaxPageSize))
            .AsNoTracking()
            .ToListAsync();
        return new PagedResult<EventListItemDto>(total, items.Select(EventMapper.ToListItem).ToList());
    }

    public async Task<EventDto> GetAsync(Guid id)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        return await ToDtoAsync(await FindAsync(id, includeDeleted: true));
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<EventDto> CreateAsync(EventInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var zone = EventSchedule.FindZone(input.TimeZone);
        var (startsAt, endsAt) = EventSchedule.ToUtcRange(input.StartLocal, input.EndLocal, zone);
        var slug = await manager.ChooseSlugAsync(input.Slug, input.Title, exceptId: null);
        var @event = new Event(input.Title.Trim(), slug, input.Type, input.Format, startsAt, endsAt, zone.Id);
        Apply(@event, input);
        db.Events.Add(@event);
        await SaveAsync(@event);
        return await ToDtoAsync(@event);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<EventDto> UpdateAsync(Guid id, EventInput input, SeriesEditScope scope = SeriesEditScope.ThisOccurrence)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var @event = await FindAsync(id);
        var zone = EventSchedule.FindZone(input.TimeZone);
        var (startsAt, endsAt) = EventSchedule.ToUtcRange(input.StartLocal, input.EndLocal, zone);
        var shift = startsAt - @event.StartsAt;
        if (!string.IsNullOrWhiteSpace(input.Slug) && input.Slug != @event.Slug) await manager.ChangeSlugAsync(@event, input.Slug);
        if (startsAt != @event.StartsAt || endsAt != @event.EndsAt || zone.Id != @event.TimeZone)
        {
            @event.ChangeSchedule(startsAt, endsAt, zone.Id);
            await MoveSessionsAsync(@event.Id, shift);
        }

        Apply(@event, input);
        if (@event.SeriesId is { } seriesId)
        {
            if (scope == SeriesEditScope.ThisAndFollowing)
            {
                await ApplyToFollowingAsync(@event, seriesId, input, endsAt - startsAt);
            }
            else
            {
                @event.DetachFromSeries();
            }
        }

        await SaveAsync(@event);
        return await ToDtoAsync(@event);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public Task<EventDto> PublishAsync(Guid id) => ChangeAsync(id, e => e.Publish(clock.GetUtcNow()));

    [Authorize(EventsPermissions.Events.Manage)]
    public Task<EventDto> UnpublishAsync(Guid id) => ChangeAsync(id, e => e.Unpublish());

    [Authorize(EventsPermissions.Events.Manage)]
    public Task<EventDto> ArchiveAsync(Guid id) => ChangeAsync(id, e => e.Archive(clock.GetUtcNow()));

    [Authorize(EventsPermissions.Events.Manage)]
    public Task<EventDto> RestoreAsync(Guid id) => ChangeAsync(id, e => e.Restore());

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task DeleteAsync(Guid id)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var @event = await FindAsync(id);
        db.Events.Remove(@event);
        await SaveAsync(@event);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<EventDto> UndeleteAsync(Guid id)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var @event = await FindAsync(id, includeDeleted: true);
        if (!@event.IsDeleted) return await ToDtoAsync(@event);
        @event.Undelete();
        await SaveAsync(@event);
        return await ToDtoAsync(@event);
    }

    [Authorize(EventsPermissions.Events.Purge)]
    public async Task PurgeAsync(Guid id, PurgeEventInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Purge);
        var @event = await FindAsync(id, includeDeleted: true);
        if (!@event.IsDeleted) throw new BusinessException(EventsErrorCodes.NotDeleted, 409);
        if (input.ConfirmSlug?.Trim() != @event.Slug) throw new BusinessException(EventsErrorCodes.PurgeConfirmationMismatch);
        var blobs = await db.SessionAttachments
            .Where(a => db.Sessions.Any(s => s.Id == a.SessionId && s.EventId == id))
            .Select(a => a.BlobName)
            .ToListAsync();
        // Hard delete goes through the change tracker so the audit log records it; sessions cascade in the database.
        db.Entry(@event).State = EntityState.Deleted;
        db.AddIntegrationEvent(new Public.PublicEventChanged(@event.Id, @event.TenantId, null));
        await db.SaveChangesAsync();
        if (@event.CoverImageBlobName is { } cover) await covers.DeleteAsync(cover);
        foreach (var blob in blobs) await sessionFiles.DeleteAsync(blob);
    }

    [Authorize(EventsPermissions.Events.Manage)]
    public async Task<EventDto> CloneAsync(Guid id, CloneEventInput input)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var source = await FindAsync(id, includeDeleted: true);
        var zone = EventSchedule.FindZone(source.TimeZone);
        var startsAt = EventSchedule.ToUtc(input.StartLocal, zone);
        var copy = await cloner.CloneAsync(source, input.Title.Trim(), input.Slug, startsAt);
        await SaveAsync(copy);
        return await ToDtoAsync(copy);
    }

    public async Task<SlugAvailabilityDto> CheckSlugAsync(string slug, Guid? exceptId = null)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Read);
        var wanted = (slug ?? "").Trim();
        var valid = Text.Slugs.IsValid(wanted);
        var available = valid && !await manager.IsTakenAsync(wanted, exceptId);
        var suggestion = available ? null : await manager.FreeSlugNearAsync(wanted.Length > 0 ? wanted : "event", exceptId);
        return new SlugAvailabilityDto(wanted, valid, available, suggestion);
    }

    private async Task<EventDto> ChangeAsync(Guid id, Action<Event> change)
    {
        permissions.EnsureGranted(EventsPermissions.Events.Manage);
        var @event = await FindAsync(id);
        change(@event);
        await SaveAsync(@event);
        return await ToDtoAsync(@event);
    }

    private static void Apply(Event @event, EventInput input)
    {
        @event.ChangeDetails(input.Title.Trim(), input.Type, input.Format, input.Visibility, Blank(input.Summary),
            Blank(input.DescriptionMarkdown), Blank(input.OnlineUrl), input.HideFromSearchEngines,
            (input.Tags ?? []).Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
        @event.ChangeLocation(input.Location is { Venue: { } venue } location && !string.IsNullOrWhiteSpace(venue)
            ? location with { Venue = venue.Trim(), Address = Blank(location.Address), City = Blank(location.City), PostalCode = Blank(location.PostalCode), CountryCode = Blank(location.CountryCode) }
            : null);
        var contact = input.Contact is { } c ? new EventContactDto(Blank(c.Name), Blank(c.Email), Blank(c.Phone)) : null;
        @event.ChangeContact(contact, input.CustomFields ?? []);
        if (@event.Status == EventStatus.Published) @event.EnsureCompleteForPublic();
    }

    private async Task ApplyToFollowingAsync(Event edited, Guid seriesId, EventInput input, TimeSpan duration)
    {
        var following = await db.Events
            .Where(e => e.SeriesId == seriesId && e.StartsAt > edited.StartsAt && !e.IsDetachedFromSeries && e.Status != EventStatus.Archived)
            .ToListAsync();
        var zone = EventSchedule.FindZone(edited.TimeZone);
        var localStart = EventSchedule.ToLocal(edited.StartsAt, zone);
        foreach (var occurrence in following)
        {
            // Keep each occurrence on its own day; take the edited time of day and length.
            var day = EventSchedule.ToLocal(occurrence.StartsAt, zone).Date;
            var startsAt = EventSchedule.ToUtc(day + localStart.TimeOfDay, zone);
            var shift = startsAt - occurrence.StartsAt;
            if (shift != TimeSpan.Zero || occurrence.EndsAt - occurrence.StartsAt != duration)
            {
                occurrence.ChangeSchedule(startsAt, startsAt + duration, zone.Id);
                await MoveSessionsAsync(occurrence.Id, shift);
            }

            Apply(occurrence, input with { Slug = null });
            await listings.QueueAsync(occurrence);
        }
    }

    private async Task MoveSessionsAsync(Guid eventId, TimeSpan shift)
    {
        if (shift == TimeSpan.Zero) return;
        foreach (var session in await db.Sessions.Where(s => s.EventId == eventId).ToListAsync())
        {
            session.Reschedule(session.StartsAt + shift, session.EndsAt + shift);
        }
    }

    private async Task SaveAsync(Event @event)
    {
        await listings.QueueAsync(@event);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // Two editors chose the same slug at once: the unique index decides.
            throw new BusinessException(EventsErrorCodes.SlugTaken, 409).WithData("slug", @event.Slug);
        }
    }

    private Task<Event> FindAsync(Guid id, bool includeDeleted = false) => lookup.EventAsync(id, includeDeleted);

    private async Task<EventDto> ToDtoAsync(Event @event) =>
        EventMapper.ToDto(@event, @event.CoverImageBlobName is { } blob ? (await covers.GetDownloadUrlAsync(blob, EventCovers.UrlLifetime)).ToString() : null);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
