using EventPlatform.CheckIn.Data;
using EventPlatform.CheckIn.Domain;
using EventPlatform.CheckIn.Lists;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.CheckIn.Services;

[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class CheckInListAppService(CheckInDbContext db, IEventCatalog events, IPermissionChecker permissions) : ICheckInListAppService
{
    public async Task<IReadOnlyList<CheckInListDto>> GetListAsync(Guid eventId)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Scan);
        await EventAsync(eventId);
        var lists = await db.Lists.AsNoTracking().Where(l => l.EventId == eventId).OrderBy(l => l.Name).ThenBy(l => l.Id).ToListAsync();
        return await ToDtosAsync(lists);
    }

    public async Task<CheckInListDto> GetAsync(Guid id)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Scan);
        return (await ToDtosAsync([await FindAsync(id, tracked: false)]))[0];
    }

    public async Task<IReadOnlyList<GateEventDto>> GetGatesAsync()
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Scan);
        var upcoming = await events.GetUpcomingAsync(MaxGateEvents);
        var ids = upcoming.Select(e => e.Id).ToList();
        var lists = await db.Lists.AsNoTracking().Where(l => ids.Contains(l.EventId)).OrderBy(l => l.Name).ThenBy(l => l.Id).ToListAsync();
        var byEvent = (await ToDtosAsync(lists)).ToLookup(l => l.EventId);
        return upcoming.Select(e => new GateEventDto(e.Id, e.Title, e.StartsAt, e.EndsAt, e.TimeZone, byEvent[e.Id].ToList())).ToList();
    }

    /// <summary>Gates are picked on a phone: more events than this are not what anyone scrolls through at an entrance.</summary>
    private const int MaxGateEvents = 50;

    [Authorize(CheckInPermissions.Lists.Manage)]
    public async Task<CheckInListDto> CreateAsync(Guid eventId, CheckInListInput input)
    {
        permissions.EnsureGranted(CheckInPermissions.Lists.Manage);
        Check(await EventAsync(eventId), input);
        var list = new CheckInList(eventId, input.Name);
        list.Change(input);
        db.Lists.Add(list);
        await db.SaveChangesAsync();
        return await GetAsync(list.Id);
    }

    [Authorize(CheckInPermissions.Lists.Manage)]
    public async Task<CheckInListDto> UpdateAsync(Guid id, CheckInListInput input)
    {
        permissions.EnsureGranted(CheckInPermissions.Lists.Manage);
        var list = await FindAsync(id, tracked: true);
        Check(await EventAsync(list.EventId), input);
        list.Change(input);
        await db.SaveChangesAsync();
        return await GetAsync(list.Id);
    }

    [Authorize(CheckInPermissions.Lists.Manage)]
    public async Task DeleteAsync(Guid id)
    {
        permissions.EnsureGranted(CheckInPermissions.Lists.Manage);
        var list = await FindAsync(id, tracked: true);
        if (await db.Scans.AnyAsync(s => s.ListId == id)) throw new BusinessException(CheckInErrorCodes.ListInUse, 409);
        db.Lists.Remove(list);
        await db.SaveChangesAsync();
    }

    private async Task<EventSummary> EventAsync(Guid eventId) =>
        await events.FindAsync(eventId) ?? throw new BusinessException(CheckInErrorCodes.EventNotFound, 404).WithData("event", eventId);

    private static void Check(EventSummary @event, CheckInListInput input)
    {
        if (input.SessionId is { } session && @event.Sessions.All(s => s.Id != session))
        {
            throw new BusinessException(CheckInErrorCodes.SessionNotFound, 422).WithData("session", session);
        }
    }

    private async Task<CheckInList> FindAsync(Guid id, bool tracked)
    {
        var query = tracked ? db.Lists : db.Lists.AsNoTracking();
        return await query.FirstOrDefaultAsync(l => l.Id == id) ?? throw new BusinessException(CheckInErrorCodes.ListNotFound, 404).WithData("list", id);
    }

    private async Task<IReadOnlyList<CheckInListDto>> ToDtosAsync(IReadOnlyList<CheckInList> lists)
    {
        var ids = lists.Select(l => l.Id).ToList();
        var counts = await db.Admissions.AsNoTracking().Where(a => ids.Contains(a.ListId) && a.Entries > 0)
            .GroupBy(a => a.ListId).Select(g => new { ListId = g.Key, Admitted = g.Count(), Inside = g.Count(a => a.Inside) })
            .ToDictionaryAsync(x => x.ListId);
        return lists.Select(l => new CheckInListDto(l.Id, l.EventId, l.Name, l.SessionId, l.TicketTypeIds, l.OpensAt, l.ClosesAt, l.ReEntry, l.TracksExits,
            counts.TryGetValue(l.Id, out var c) ? c.Admitted : 0, counts.TryGetValue(l.Id, out var d) ? d.Inside : 0)).ToList();
    }
}
