using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

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
        await using var sweep = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await sweep.OpenAsync();
        var quota = await ScalarAsync<Guid>(sweep, "SELECT quota_id FROM ticketing.holds WHERE reservation_id = @reservation", ("reservation", first.Id));
        // A sweep locks the quota first, as QuotaLedger.ReleaseExpiredAsync does.
        await using var sweeping = await sweep.BeginTransactionAsync();
        await ScalarAsync<int>(sweep, "SELECT 1 FROM ticketing.quotas WHERE id = @quota FOR UPDATE", ("quota", quota));

        // The sale finds the quota full of an expired hold and queues for the quota to give that hold back itself.
        var sale = _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);
        await factory.WaitForLockWaitAsync();
        // The sweep gives the hold back and commits; the sale's own release then finds nothing left to give back.
        await ScalarAsync<int>(sweep, """
            WITH released AS (UPDATE ticketing.holds SET status = 'Released' WHERE reservation_id = @reservation AND status = 'Held' RETURNING quantity)
            UPDATE ticketing.quotas SET held = held - (SELECT sum(quantity) FROM released) WHERE id = @quota RETURNING 1
            """, ("reservation", first.Id), ("quota", quota));
        await sweeping.CommitAsync();

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

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
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
