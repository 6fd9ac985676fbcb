using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Jobs;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Ticketing.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EventPlatform.Ticketing.Waitlist;

/// <summary>
/// Moves waitlists: lapsed offers are marked expired, then free seats are offered to the people waiting, in joining
/// order. An offer is an ordinary reservation made by <see cref="ReservationManager"/> (the guarded quota update decides
/// whether a seat is free; nothing here counts seats) that holds for <see cref="TicketingOptions.WaitlistOfferHours"/>.
/// One mover per ticket type at a time (<see cref="WaitlistLock"/>), so two freed seats never go to the same person twice.
/// </summary>
public sealed class WaitlistOffers(
    TicketingDbContext db,
    ReservationManager reservations,
    TicketingEvents events,
    IBackgroundJobs jobs,
    TimeProvider clock,
    IOptions<TicketingOptions> options)
{
    /// <summary>After seats came free in an event: expire lapsed offers, then offer on every waitlist of the event.</summary>
    public async Task<int> MoveEventAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await ExpireLapsedAsync(eventId, cancellationToken);
        var typeIds = await db.WaitlistEntries.AsNoTracking().Where(e => e.EventId == eventId && e.Status == WaitlistStatus.Waiting)
            .Select(e => e.TicketTypeId).Distinct().ToListAsync(cancellationToken);
        var offered = 0;
        foreach (var typeId in typeIds) offered += await OfferNextAsync(typeId, cancellationToken);
        return offered;
    }

    /// <summary>Offers the ticket type's free seats to the next people waiting; stops at the first who cannot be served.</summary>
    public async Task<int> OfferNextAsync(Guid ticketTypeId, CancellationToken cancellationToken = default)
    {
        var type = await db.TicketTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == ticketTypeId, cancellationToken)
            ?? throw new BusinessException(TicketingErrorCodes.TicketTypeNotFound, 404);
        var @event = await events.GetAsync(type.EventId, cancellationToken);
        await ExpireLapsedAsync(type.EventId, cancellationToken);
        await using var held = await WaitlistLock.AcquireAsync(db, ticketTypeId, cancellationToken);
        var offered = 0;
        while (await NextWaitingAsync(ticketTypeId, cancellationToken) is { } next)
        {
            Reservation reservation;
            try
            {
                var input = new ReserveInput([new ReservationLineInput(ticketTypeId, next.Quantity)]);
                reservation = await reservations.ReserveAsync(@event, input, userId: null,
                    holdFor: TimeSpan.FromHours(options.Value.WaitlistOfferHours), cancellationToken);
            }
            catch (BusinessException)
            {
                // Sold out (or no longer on sale): the first in line keeps their place until seats come free again.
                break;
            }

            await RecordOfferAsync(next.Id, reservation.Id, cancellationToken);
            offered++;
        }

        return offered;
    }

    /// <summary>Offers whose reservation ran out or was given back end; their seats were released by the sweeper or the buyer.</summary>
    public async Task ExpireLapsedAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        db.ChangeTracker.Clear();
        var lapsed = await db.WaitlistEntries
            .Where(e => e.EventId == eventId && e.Status == WaitlistStatus.Offered)
            .Where(e => e.OfferExpiresAt <= now || db.Reservations.Any(r => r.Id == e.ReservationId
                && (r.Status == ReservationStatus.Expired || r.Status == ReservationStatus.Cancelled)))
            .ToListAsync(cancellationToken);
        if (lapsed.Count == 0) return;
        foreach (var entry in lapsed) entry.Expire();
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<WaitlistEntry?> NextWaitingAsync(Guid ticketTypeId, CancellationToken cancellationToken) =>
        db.WaitlistEntries.AsNoTracking()
            .Where(e => e.TicketTypeId == ticketTypeId && e.Status == WaitlistStatus.Waiting)
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task RecordOfferAsync(Guid entryId, Guid reservationId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var entry = await db.WaitlistEntries.FirstAsync(e => e.Id == entryId, cancellationToken);
        var reservation = await db.Reservations.FirstAsync(r => r.Id == reservationId, cancellationToken);
        entry.Offer(reservation.Id, clock.GetUtcNow(), reservation.ExpiresAt);
        reservation.OfferTo(entry.Id);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<SendWaitlistOfferJob, WaitlistOfferArgs>(new WaitlistOfferArgs(entry.Id));
    }
}
