using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Tests.Reservations;

[Collection(TicketingCollection.Name)]
public sealed class ExpiryTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_not_count_an_expired_hold_as_taken_before_any_sweep()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Expiry Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: 5));
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, 2);

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var offer = await (await _buyer.GetAsync($"api/ticketing/public/{TestData.OrgASlug}/events/{@event.Slug}/tickets")).ShouldBeOkAsync<TicketOfferDto>();

        offer.TicketTypes.Single().Available.ShouldBe(5);
    }

    [Fact]
    public async Task Should_give_expired_holds_back_and_mark_their_reservations_expired_when_swept()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Expiry Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: 5));
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, 2);

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await factory.SweepExpiredHoldsAsync();

        (await factory.OfTicketTypeAsync(type.Id)).QuotaHeld.ShouldBe(0);
        var status = await factory.InTenantAsync(TestData.OrgA, sp =>
            sp.GetRequiredService<TicketingDbContext>().Reservations.Where(r => r.Id == reservation.Id).Select(r => r.Status).SingleAsync());
        status.ShouldBe(ReservationStatus.Expired);
    }

    [Fact]
    public async Task Should_mark_a_reservation_expired_when_swept_after_a_later_sale_took_its_expired_hold_back()
    {
        var (@event, type, first) = await OneSeatHeldByAnExpiredReservationAsync();
        // The quota looks full, so this sale gives the expired hold back itself before taking the seat.
        var second = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        await factory.SweepExpiredHoldsAsync();

        var statuses = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<TicketingDbContext>().Reservations
            .Where(r => r.Id == first.Id || r.Id == second.Id).ToDictionaryAsync(r => r.Id, r => r.Status));
        statuses[first.Id].ShouldBe(ReservationStatus.Expired);
        statuses[second.Id].ShouldBe(ReservationStatus.Active);
        (await factory.OfTicketTypeAsync(type.Id)).QuotaHeld.ShouldBe(1);
    }

    [Fact]
    public async Task Should_sell_a_seat_whose_expired_hold_a_sweep_gave_back_while_the_sale_queued_to_give_it_back_itself()
    {
        var (@event, type, first) = await OneSeatHeldByAnExpiredReservationAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TicketingDbContext>();
        // A sweep has given the expired hold back (locking the quota first, as every ledger statement does) and not committed yet.
        IDbContextTransaction sweep;
        using (new CurrentTenant().Change(TestData.OrgA))
        {
            var quota = await db.Quotas.AsNoTracking().SingleAsync(q => q.TicketTypeId == type.Id);
            sweep = await db.Database.BeginTransactionAsync();
            await scope.ServiceProvider.GetRequiredService<QuotaLedger>().ReleaseExpiredAsync([quota.Id], default);
        }

        // The sale finds the quota full of that hold and queues for the quota to give it back itself.
        var sale = _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);
        await factory.WaitForLockWaitAsync();
        // The sweep commits; the sale's own release then finds nothing left to give back.
        await sweep.CommitAsync();
        await sweep.DisposeAsync();

        var second = await (await sale).ShouldBeOkAsync<ReservationDto>();

        second.Id.ShouldNotBe(first.Id);
        (await factory.OfTicketTypeAsync(type.Id)).QuotaHeld.ShouldBe(1);
    }

    /// <summary>An event with one seat, still held by a reservation that expired a minute ago (no sweep yet).</summary>
    private async Task<(EventDto Event, TicketTypeDto Type, ReservationDto Expired)> OneSeatHeldByAnExpiredReservationAsync()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Expiry Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: 1));
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        return (@event, type, reservation);
    }

    [Fact]
    public async Task Should_give_the_seats_back_at_once_when_the_buyer_cancels_the_reservation()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Expiry Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: 1));
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        (await _buyer.PostAsJsonAsync($"api/ticketing/public/{TestData.OrgASlug}/reservations/{reservation.Id}/cancel",
            new ReservationTokenInput(reservation.Token))).EnsureSuccessStatusCode();

        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);
    }
}
