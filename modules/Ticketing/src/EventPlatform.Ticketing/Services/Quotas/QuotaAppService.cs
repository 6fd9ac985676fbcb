using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Reservations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Quotas;

/// <summary>
/// Shared quotas of an event. Sizes change only through <see cref="QuotaLedger.TryResizeAsync"/>, so a quota never
/// shrinks below what is sold and held; the other kinds are owned by their ticket type, session or promo code.
/// </summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class QuotaAppService(
    TicketingDbContext db,
    TicketingEvents events,
    QuotaLedger ledger,
    EventTicketTypes ticketTypes,
    QuotaFigures figures,
    IPermissionChecker permissions) : IQuotaAppService
{
    public async Task<IReadOnlyList<QuotaDto>> GetListAsync(Guid eventId)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        await events.GetAsync(eventId);
        var quotas = await db.Quotas.AsNoTracking().Where(q => q.EventId == eventId).ToListAsync();
        // Own quotas first, then shared, session and promo code ones, each by name.
        return await figures.ToDtosAsync(quotas.OrderBy(q => q.Kind).ThenBy(q => q.Name, StringComparer.CurrentCultureIgnoreCase).ToList());
    }

    public async Task<QuotaDto> CreateAsync(Guid eventId, QuotaInput input)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        await events.GetAsync(eventId);
        var typeIds = await ticketTypes.EnsureOfEventAsync(eventId, input.TicketTypeIds);
        var quota = new Quota(eventId, QuotaKind.Shared, input.Name.Trim(), input.Size);
        db.Quotas.Add(quota);
        db.QuotaTicketTypes.AddRange(typeIds.Select(t => new QuotaTicketType(quota.Id, t)));
        await db.SaveChangesAsync();
        return await GetDtoAsync(quota.Id);
    }

    public async Task<QuotaDto> UpdateAsync(Guid id, QuotaInput input)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        var quota = await FindSharedAsync(id);
        var typeIds = await ticketTypes.EnsureOfEventAsync(quota.EventId, input.TicketTypeIds);
        await using var transaction = await db.Database.BeginTransactionAsync();
        if (!await ledger.TryResizeAsync(quota.Id, input.Size, default))
        {
            throw new BusinessException(TicketingErrorCodes.QuantityBelowTaken, 409).WithData("ticketType", quota.Name);
        }

        quota.Rename(input.Name.Trim());
        // Relinking changes what future reservations take from; seats already held or sold stay counted where they were taken.
        var links = await db.QuotaTicketTypes.Where(l => l.QuotaId == quota.Id).ToListAsync();
        db.QuotaTicketTypes.RemoveRange(links.Where(l => !typeIds.Contains(l.TicketTypeId)));
        db.QuotaTicketTypes.AddRange(typeIds.Where(t => links.All(l => l.TicketTypeId != t)).Select(t => new QuotaTicketType(quota.Id, t)));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return await GetDtoAsync(quota.Id);
    }

    /// <summary>Removes a shared quota unless a live reservation holds seats of it (its buyer could not complete otherwise).</summary>
    public async Task DeleteAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.TicketTypes.Manage);
        var quota = await FindSharedAsync(id);
        await using var transaction = await db.Database.BeginTransactionAsync();
        // Gives back expired holds and keeps the row locked, so no reservation can take a seat until the delete commits.
        await ledger.ReleaseExpiredAsync([quota.Id], default);
        var held = await db.Quotas.AsNoTracking().Where(q => q.Id == quota.Id).Select(q => q.Held).FirstAsync();
        if (held > 0) throw new BusinessException(TicketingErrorCodes.QuotaInUse, 409).WithData("quota", quota.Name).WithData("held", held);
        db.Quotas.Remove(quota);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private async Task<Quota> FindSharedAsync(Guid id)
    {
        var quota = await db.Quotas.FirstOrDefaultAsync(q => q.Id == id)
            ?? throw new BusinessException(TicketingErrorCodes.QuotaNotFound, 404).WithData("quota", id);
        // A ticket type's, session's or promo code's own quota is changed through its owner.
        return quota.Kind == QuotaKind.Shared
            ? quota
            : throw new BusinessException(TicketingErrorCodes.QuotaNotShared, 422).WithData("quota", quota.Name);
    }

    private async Task<QuotaDto> GetDtoAsync(Guid id) =>
        (await figures.ToDtosAsync([await db.Quotas.AsNoTracking().FirstAsync(q => q.Id == id)]))[0];
}
