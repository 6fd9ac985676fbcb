using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.TicketTypes;

[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class TicketTypeAppService(
    TicketingDbContext db,
    TicketingEvents events,
    QuotaLedger ledger,
    Availability availability,
    IPermissionChecker permissions) : ITicketTypeAppService
{
    public async Task<IReadOnlyList<TicketTypeDto>> GetListAsync(Guid eventId)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        await events.GetAsync(eventId);
        var types = await db.TicketTypes.AsNoTracking().Where(t => t.EventId == eventId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.CreatedAt).ToListAsync();
        return await ToDtosAsync(types);
    }

    public async Task<TicketTypeDto> GetAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        return (await ToDtosAsync([await FindAsync(id)]))[0];
    }

    [Authorize(TicketingPermissions.TicketTypes.Manage)]
    public async Task<TicketTypeDto> CreateAsync(Guid eventId, TicketTypeInput input)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        var @event = await events.GetAsync(eventId);
        var type = new TicketType(eventId, input.Name, input.Price, input.Currency);
        Apply(type, input);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.TicketTypes.Add(type);
        var own = new Quota(eventId, QuotaKind.TicketType, type.Name, input.Quantity ?? Availability.Unlimited, ticketTypeId: type.Id);
        db.Quotas.Add(own);
        db.QuotaTicketTypes.Add(new QuotaTicketType(own.Id, type.Id));
        await LinkSessionAsync(type, @event, input.SessionId);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return await GetAsync(type.Id);
    }

    [Authorize(TicketingPermissions.TicketTypes.Manage)]
    public async Task<TicketTypeDto> UpdateAsync(Guid id, TicketTypeInput input)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        var type = await FindAsync(id, tracked: true);
        var @event = await events.GetAsync(type.EventId);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var own = await db.Quotas.FirstAsync(q => q.TicketTypeId == type.Id && q.Kind == QuotaKind.TicketType);
        if (!await ledger.TryResizeAsync(own.Id, input.Quantity ?? Availability.Unlimited, default))
        {
            throw new BusinessException(TicketingErrorCodes.QuantityBelowTaken, 409).WithData("ticketType", type.Name);
        }

        var sessionChanged = type.SessionId != input.SessionId;
        if (sessionChanged && await HasTakenAsync(type.Id))
        {
            // Seats already sold or held came out of the old session's capacity; moving them silently would corrupt both counts.
            throw new BusinessException(TicketingErrorCodes.TicketTypeInUse, 409).WithData("ticketType", type.Name);
        }

        type.Rename(input.Name);
        type.ChangePrice(input.Price, input.Currency);
        Apply(type, input);
        own.Rename(type.Name);
        if (sessionChanged)
        {
            var old = await db.QuotaTicketTypes.Join(db.Quotas.Where(q => q.Kind == QuotaKind.Session), l => l.QuotaId, q => q.Id, (l, q) => l)
                .Where(l => l.TicketTypeId == type.Id).ToListAsync();
            db.QuotaTicketTypes.RemoveRange(old);
            await LinkSessionAsync(type, @event, input.SessionId);
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return await GetAsync(type.Id);
    }

    [Authorize(TicketingPermissions.TicketTypes.Manage)]
    public async Task DeleteAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        var type = await FindAsync(id, tracked: true);
        if (await HasTakenAsync(type.Id) || await db.Tickets.AnyAsync(t => t.TicketTypeId == type.Id))
        {
            throw new BusinessException(TicketingErrorCodes.TicketTypeInUse, 409).WithData("ticketType", type.Name);
        }

        db.TicketTypes.Remove(type);
        await db.SaveChangesAsync();
    }

    private static void Apply(TicketType type, TicketTypeInput input)
    {
        type.Describe(input.Description);
        type.SetQuantity(input.Quantity);
        type.SetSaleWindow(input.SaleStartsAt, input.SaleEndsAt);
        type.SetOrderLimits(input.MinPerOrder, input.MaxPerOrder);
        type.SetVisibility(input.Visibility, input.IsActive, input.SortOrder, input.WaitlistEnabled);
        type.SetTaxRate(input.TaxRate);
    }

    /// <summary>A ticket that grants a session also takes a seat from the session's capacity quota (one per session, made on first use).</summary>
    private async Task LinkSessionAsync(TicketType type, EventSummary @event, Guid? sessionId)
    {
        type.GrantSession(sessionId);
        if (sessionId is not { } id) return;
        var session = @event.Sessions.FirstOrDefault(s => s.Id == id)
            ?? throw new BusinessException(TicketingErrorCodes.SessionNotFound, 404).WithData("session", id);
        var quota = await db.Quotas.FirstOrDefaultAsync(q => q.EventId == @event.Id && q.SessionId == id);
        if (quota is null)
        {
            quota = new Quota(@event.Id, QuotaKind.Session, session.Title.Length > 120 ? session.Title[..120] : session.Title,
                session.Capacity ?? Availability.Unlimited, sessionId: id);
            db.Quotas.Add(quota);
        }

        db.QuotaTicketTypes.Add(new QuotaTicketType(quota.Id, type.Id));
    }

    private Task<bool> HasTakenAsync(Guid ticketTypeId) =>
        db.Quotas.AnyAsync(q => q.TicketTypeId == ticketTypeId && q.Kind == QuotaKind.TicketType && (q.Sold > 0 || q.Held > 0));

    private async Task<TicketType> FindAsync(Guid id, bool tracked = false)
    {
        var query = tracked ? db.TicketTypes : db.TicketTypes.AsNoTracking();
        return await query.FirstOrDefaultAsync(t => t.Id == id)
            ?? throw new BusinessException(TicketingErrorCodes.TicketTypeNotFound, 404).WithData("ticketType", id);
    }

    private async Task<IReadOnlyList<TicketTypeDto>> ToDtosAsync(IReadOnlyList<TicketType> types)
    {
        var ids = types.Select(t => t.Id).ToList();
        var own = await db.Quotas.AsNoTracking().Where(q => q.TicketTypeId != null && ids.Contains(q.TicketTypeId.Value) && q.Kind == QuotaKind.TicketType)
            .ToDictionaryAsync(q => q.TicketTypeId!.Value, q => q.Id);
        var figures = await availability.OfQuotasAsync(own.Values.ToList());
        var left = await availability.OfTicketTypesAsync(ids);
        return types.Select(t =>
        {
            var (sold, held, _) = own.TryGetValue(t.Id, out var q) && figures.TryGetValue(q, out var f) ? f : (0, 0, 0);
            return TicketTypeMapper.ToDto(t, sold, held, left.GetValueOrDefault(t.Id));
        }).ToList();
    }
}
