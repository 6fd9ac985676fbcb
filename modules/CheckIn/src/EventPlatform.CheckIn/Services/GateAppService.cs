using EventPlatform.CheckIn.Data;
using EventPlatform.CheckIn.Domain;
using EventPlatform.CheckIn.Gate;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Timing;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tickets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.CheckIn.Services;

[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class GateAppService(
    CheckInDbContext db,
    ITicketRoster roster,
    IEventCatalog events,
    ICurrentTenant tenant,
    TimeProvider clock,
    IPermissionChecker permissions) : IGateAppService
{
    public async Task<OfflineListDto> GetOfflineAsync(Guid listId)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Scan);
        var generatedAt = clock.GetUtcNow();
        var list = await FindAsync(listId);
        var @event = await events.FindAsync(list.EventId) ?? throw new BusinessException(CheckInErrorCodes.EventNotFound, 404).WithData("event", list.EventId);
        // Each read finishes before the next starts: the admissions first, then the tickets streamed past them.
        var admissions = await db.Admissions.AsNoTracking().Where(a => a.ListId == listId).ToDictionaryAsync(a => a.TicketId);
        var tickets = new List<GateTicketDto>();
        await foreach (var ticket in roster.StreamAsync(list.EventId))
        {
            tickets.Add(ToDto(ticket, admissions.GetValueOrDefault(ticket.Id)));
        }

        var keys = (await roster.PublicKeysAsync()).Select(k => new OfflineKeyDto(k.Key, "Ed25519", k.Value)).ToList();
        return new OfflineListDto(list.Id, list.Name, list.EventId, @event.Title, tenant.Id!.Value, TimeZones.OrUtc(@event.TimeZone).Id, list.SessionId,
            list.TicketTypeIds, list.OpensAt, list.ClosesAt, list.ReEntry, list.TracksExits, keys, tickets, generatedAt);
    }

    public async Task<IReadOnlyList<GateTicketDto>> GetAttendeesAsync(Guid listId, string q)
    {
        permissions.EnsureGranted(CheckInPermissions.CheckIn.Scan);
        var list = await FindAsync(listId);
        var query = (q ?? "").Trim();
        if (query.Length > GateConsts.MaxQueryLength) throw new BusinessException(PlatformErrorCodes.BadRequest, 400).WithData("field", "q");
        // One letter matches half the event: the gate asks for more before it searches.
        if (query.Length < GateConsts.MinQueryLength) return [];
        var found = await roster.SearchAsync(list.EventId, query, GateConsts.MaxResults);
        var ids = found.Select(t => t.Id).ToList();
        var admissions = await db.Admissions.AsNoTracking().Where(a => a.ListId == listId && ids.Contains(a.TicketId)).ToDictionaryAsync(a => a.TicketId);
        return found.Select(t => ToDto(t, admissions.GetValueOrDefault(t.Id))).ToList();
    }

    private async Task<CheckInList> FindAsync(Guid listId) =>
        await db.Lists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == listId)
        ?? throw new BusinessException(CheckInErrorCodes.ListNotFound, 404).WithData("list", listId);

    // In the order CheckInList.Refuses checks them: cancelled before unpaid.
    private static GateTicketState StateOf(RosterTicket t) =>
        t.Status == TicketStatus.Cancelled || t.OrderStatus == OrderStatus.Cancelled ? GateTicketState.Cancelled
        : t.OrderStatus == OrderStatus.PendingPayment ? GateTicketState.Unpaid
        : GateTicketState.Valid;

    private static GateTicketDto ToDto(RosterTicket t, Admission? a) =>
        new(t.Id, t.Code, StateOf(t), t.TicketTypeId, t.TicketTypeName, t.SessionId, t.AttendeeName, t.AttendeeEmail, t.OrderNumber,
            a?.Entries ?? 0, a?.Inside ?? false, a?.LastEntryAt, a?.LastEntryBy, a?.LastEntryDay);
}
