using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Reservations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EventPlatform.Ticketing.Services.PromoCodes;

/// <summary>
/// Promo and access codes of an event. A usage limit is a quota of kind PromoCode (one unit per order) that the
/// reservation engine takes with the tickets, so a single-use code cannot be used twice even by racing buyers.
/// </summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class PromoCodeAppService(
    TicketingDbContext db,
    TicketingEvents events,
    QuotaLedger ledger,
    EventTicketTypes ticketTypes,
    PromoCodeUsage usage,
    IPermissionChecker permissions) : IPromoCodeAppService
{
    public async Task<IReadOnlyList<PromoCodeDto>> GetListAsync(Guid eventId)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        await events.GetAsync(eventId);
        var codes = await db.PromoCodes.AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.Code).ToListAsync();
        return await usage.ToDtosAsync(codes);
    }

    public async Task<PromoCodeDto> CreateAsync(Guid eventId, PromoCodeInput input)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        await events.GetAsync(eventId);
        var typeIds = await ticketTypes.EnsureOfEventAsync(eventId, input.TicketTypeIds);
        var promo = new PromoCode(eventId, input.Code, input.Kind, input.Value);
        promo.Limit(typeIds, input.UsageLimit, input.ValidFrom, input.ValidUntil, input.IsActive);
        await EnsureFreeAsync(eventId, promo.Code, null);
        db.PromoCodes.Add(promo);
        if (input.UsageLimit is { } limit) db.Quotas.Add(new Quota(eventId, QuotaKind.PromoCode, promo.Code, limit, promoCodeId: promo.Id));
        await SaveAsync(promo.Code);
        return await GetDtoAsync(promo.Id);
    }

    public async Task<PromoCodeDto> UpdateAsync(Guid id, PromoCodeInput input)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        var promo = await FindAsync(id);
        var typeIds = await ticketTypes.EnsureOfEventAsync(promo.EventId, input.TicketTypeIds);
        var code = PromoCode.Normalize(input.Code);
        if (code != promo.Code) await EnsureFreeAsync(promo.EventId, code, promo.Id);
        promo.Recode(code);
        promo.Change(input.Kind, input.Value);
        promo.Limit(typeIds, input.UsageLimit, input.ValidFrom, input.ValidUntil, input.IsActive);

        await using var transaction = await db.Database.BeginTransactionAsync();
        var quota = await db.Quotas.FirstOrDefaultAsync(q => q.PromoCodeId == promo.Id && q.Kind == QuotaKind.PromoCode);
        if (quota is not null && input.UsageLimit is { } newLimit)
        {
            if (!await ledger.TryResizeAsync(quota.Id, newLimit, default))
            {
                throw new BusinessException(TicketingErrorCodes.QuantityBelowTaken, 409).WithData("ticketType", promo.Code);
            }

            quota.Rename(promo.Code);
        }
        else if (quota is not null)
        {
            // Lifting the limit: lock the counter first so a reservation taking it right now finishes or waits.
            await ledger.ReleaseExpiredAsync([quota.Id], default);
            db.Quotas.Remove(quota);
        }
        else if (input.UsageLimit is { } firstLimit)
        {
            db.Quotas.Add(new Quota(promo.EventId, QuotaKind.PromoCode, promo.Code, firstLimit, promoCodeId: promo.Id));
        }

        await SaveAsync(promo.Code);
        await transaction.CommitAsync();
        return await GetDtoAsync(promo.Id);
    }

    /// <summary>Removes the code; orders keep the code they were bought with, and its usage quota goes with it.</summary>
    public async Task DeleteAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        var promo = await FindAsync(id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var quotaIds = await db.Quotas.Where(q => q.PromoCodeId == promo.Id).Select(q => q.Id).ToListAsync();
        await ledger.ReleaseExpiredAsync(quotaIds, default);
        db.PromoCodes.Remove(promo);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private async Task EnsureFreeAsync(Guid eventId, string code, Guid? except)
    {
        if (await db.PromoCodes.AnyAsync(p => p.EventId == eventId && p.Code == code && p.Id != except))
        {
            throw new BusinessException(TicketingErrorCodes.PromoCodeTaken, 409).WithData("code", code);
        }
    }

    private async Task SaveAsync(string code)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two organizers created the same code at once; the unique index lets only one of them win.
            throw new BusinessException(TicketingErrorCodes.PromoCodeTaken, 409).WithData("code", code);
        }
    }

    private async Task<PromoCode> FindAsync(Guid id) =>
        await db.PromoCodes.FirstOrDefaultAsync(p => p.Id == id)
        ?? throw new BusinessException(TicketingErrorCodes.PromoCodeNotFound, 404).WithData("promoCode", id);

    private async Task<PromoCodeDto> GetDtoAsync(Guid id) =>
        (await usage.ToDtosAsync([await db.PromoCodes.AsNoTracking().FirstAsync(p => p.Id == id)]))[0];
}
