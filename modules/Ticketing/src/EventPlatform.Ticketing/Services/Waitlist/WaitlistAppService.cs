using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Ticketing.Waitlist;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Waitlist;

/// <summary>Joining is public (inside the organization named by its slug); the list and its moves belong to the organizer.</summary>
[Authorize(TicketingPermissions.Registrations.Manage)]
public sealed class WaitlistAppService(
    TicketingDbContext db,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    TicketingEvents events,
    Availability availability,
    WaitlistOffers offers,
    QuotaLedger ledger,
    IPermissionChecker permissions) : IWaitlistAppService
{
    [AllowAnonymous]
    public async Task<WaitlistEntryDto> JoinAsync(string organization, string slug, JoinWaitlistInput input)
    {
        using var scope = currentTenant.Change((await tenants.GetVisibleAsync(organization)).Id);
        var @event = await events.GetPublishedAsync(slug);
        var type = await db.TicketTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == input.TicketTypeId && t.EventId == @event.Id && t.IsActive)
            ?? throw new BusinessException(TicketingErrorCodes.TicketTypeNotFound, 404);
        if (!ContactRules.IsName(input.Name)) throw FieldError("name");
        if (!ContactRules.IsEmail(input.Email?.Trim())) throw FieldError("email");
        if (input.Quantity < Math.Max(type.MinPerOrder, 1) || input.Quantity > type.MaxPerOrder) throw new BusinessException(TicketingErrorCodes.QuantityOutOfRange, 422);
        var left = (await availability.OfTicketTypesAsync([type.Id]))[type.Id];
        if (!type.WaitlistEnabled || left is null || left > 0) throw new BusinessException(OrderErrorCodes.WaitlistNotOpen, 409);

        var email = input.Email!.Trim();
        var lower = email.ToLowerInvariant();
        var joined = await db.WaitlistEntries.AnyAsync(e => e.TicketTypeId == type.Id && e.Email.ToLower() == lower
            && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered));
        if (joined) throw new BusinessException(OrderErrorCodes.WaitlistAlreadyJoined, 409);

        var entry = new WaitlistEntry(@event.Id, type.Id, input.Name.Trim(), email, input.Quantity);
        db.WaitlistEntries.Add(entry);
        await db.SaveChangesAsync();
        return (await ToDtosAsync([entry]))[0];
    }

    public async Task<IReadOnlyList<WaitlistEntryDto>> GetListAsync(Guid eventId)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        await events.GetAsync(eventId);
        var entries = await db.WaitlistEntries.AsNoTracking().Where(e => e.EventId == eventId)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync();
        return await ToDtosAsync(entries);
    }

    public async Task RemoveAsync(Guid id)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        var entry = await db.WaitlistEntries.FirstOrDefaultAsync(e => e.Id == id)
            ?? throw new BusinessException(OrderErrorCodes.WaitlistEntryNotFound, 404);
        if (entry.Status is WaitlistStatus.Removed or WaitlistStatus.Booked or WaitlistStatus.Expired) return;

        await using var transaction = await db.Database.BeginTransactionAsync();
        var offered = entry.Status == WaitlistStatus.Offered && entry.ReservationId is { } reservationId
            ? await db.Reservations.FirstOrDefaultAsync(r => r.Id == reservationId && r.Status == ReservationStatus.Active)
            : null;
        if (offered is not null)
        {
            // The seat held for them goes back and on to the next person (SeatsReleased moves the list).
            await ledger.ReleaseHeldAsync(offered.Id, default);
            offered.Cancel();
            db.AddIntegrationEvent(new SeatsReleased(entry.TenantId, entry.EventId, [entry.TicketTypeId]));
        }

        entry.Remove();
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    public async Task<int> OfferNextAsync(Guid ticketTypeId)
    {
        permissions.EnsureGranted(TicketingPermissions.Registrations.Manage);
        return await offers.OfferNextAsync(ticketTypeId);
    }

    private async Task<IReadOnlyList<WaitlistEntryDto>> ToDtosAsync(IReadOnlyList<WaitlistEntry> entries)
    {
        var typeIds = entries.Select(e => e.TicketTypeId).Distinct().ToList();
        var names = await db.TicketTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name);
        var waiting = await db.WaitlistEntries.AsNoTracking()
            .Where(e => typeIds.Contains(e.TicketTypeId) && e.Status == WaitlistStatus.Waiting)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Select(e => new { e.Id, e.TicketTypeId }).ToListAsync();
        var positions = waiting.GroupBy(w => w.TicketTypeId)
            .SelectMany(g => g.Select((w, i) => (w.Id, Position: i + 1))).ToDictionary(x => x.Id, x => x.Position);
        return entries.Select(e => new WaitlistEntryDto(e.Id, e.TicketTypeId, names.GetValueOrDefault(e.TicketTypeId, ""), e.Name, e.Email,
            e.Quantity, e.Status, positions.TryGetValue(e.Id, out var p) ? p : null, e.CreatedAt, e.OfferedAt, e.OfferExpiresAt)).ToList();
    }

    private static BusinessException FieldError(string field) =>
        new BusinessException(Platform.Exceptions.PlatformErrorCodes.BadRequest, 400).WithData("field", field);
}
