using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Users;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Codes;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Reservations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Services.Checkout;

/// <summary>Every call enters the organization named by its slug first, so tenant filters and row-level security keep it there.</summary>
[AllowAnonymous]
public sealed class CheckoutAppService(
    TicketingDbContext db,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TicketingEvents events,
    TicketOffers offers,
    ReservationManager reservations,
    OrderManager orders,
    QuotaLedger ledger) : ICheckoutAppService
{
    public async Task<TicketOfferDto> GetOfferAsync(string organization, string slug, string? code = null)
    {
        using var scope = currentTenant.Change(await OrganizationIdAsync(organization));
        var @event = await events.GetPublishedAsync(slug);
        return await OnOneConnectionAsync(() => offers.GetAsync(@event, code));
    }

    public async Task<ReservationDto> ReserveAsync(string organization, string slug, ReserveInput input)
    {
        using var scope = currentTenant.Change(await OrganizationIdAsync(organization));
        var @event = await events.GetPublishedAsync(slug);
        return await OnOneConnectionAsync(async () => CheckoutMapper.ToDto(await reservations.ReserveAsync(@event, input, currentUser.Id), orderNumber: null));
    }

    public async Task<ReservationDto> GetReservationAsync(string organization, Guid id, string token)
    {
        using var scope = currentTenant.Change(await OrganizationIdAsync(organization));
        var reservation = await FindAsync(id, token);
        var number = reservation.OrderId is { } orderId ? await db.Orders.Where(o => o.Id == orderId).Select(o => o.Number).FirstAsync() : null;
        return CheckoutMapper.ToDto(reservation, number);
    }

    public async Task<OrderDto> ConfirmAsync(string organization, Guid id, ConfirmReservationInput input)
    {
        using var scope = currentTenant.Change(await OrganizationIdAsync(organization));
        await db.Database.OpenConnectionAsync();
        try
        {
            var reservation = await FindAsync(id, input.Token, tracked: true);
            if (events.FindKept(reservation.EventId) is not { } @event)
            {
                // The catalog reads on its own pooled connection: let ours go first (see OnOneConnectionAsync).
                await db.Database.CloseConnectionAsync();
                @event = await events.GetAsync(reservation.EventId);
                await db.Database.OpenConnectionAsync();
            }

            return OrderMapper.ToDto(await orders.ConfirmAsync(@event, reservation, input, currentUser.Id));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task CancelReservationAsync(string organization, Guid id, ReservationTokenInput input)
    {
        using var scope = currentTenant.Change(await OrganizationIdAsync(organization));
        var reservation = await FindAsync(id, input.Token);
        if (reservation.Status != ReservationStatus.Active) return;
        db.Reservations.Attach(reservation);
        await using var transaction = await db.Database.BeginTransactionAsync();
        await ledger.ReleaseHeldAsync(reservation.Id, default);
        reservation.Cancel();
        db.AddIntegrationEvent(new SeatsReleased(reservation.TenantId, reservation.EventId, reservation.Lines.Select(l => l.TicketTypeId).ToList()));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Runs a call's several reads and its transaction on one pooled connection: the tenant settings are sent once and
    /// the pool (and its reset) is visited once, instead of once per statement. Enter the organization before calling.
    /// The work must use this module's context only: waiting for a second pooled connection while holding one would
    /// let a stampede exhaust the pool with requests that each hold one and wait for another.
    /// </summary>
    private async Task<T> OnOneConnectionAsync<T>(Func<Task<T>> work)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            return await work();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // The scope must be entered in the calling method: an AsyncLocal set inside an awaited method is undone when it returns.
    private async Task<Guid> OrganizationIdAsync(string organization) => (await tenants.GetVisibleAsync(organization)).Id;

    /// <summary>A reservation is reached only with its token; a wrong token looks exactly like a missing reservation.</summary>
    private async Task<Reservation> FindAsync(Guid id, string? token, bool tracked = false)
    {
        var reservation = await (tracked ? db.Reservations : db.Reservations.AsNoTracking()).FirstOrDefaultAsync(r => r.Id == id);
        return reservation is not null && SecretCodes.Matches(token, reservation.Token)
            ? reservation
            : throw new BusinessException(TicketingErrorCodes.ReservationNotFound, 404);
    }
}
