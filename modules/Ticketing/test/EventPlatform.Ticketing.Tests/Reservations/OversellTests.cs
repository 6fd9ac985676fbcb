using System.Net;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EventPlatform.Ticketing.Tests.Reservations;

/// <summary>A reduced on-sale stampede (bench/oversell.sh runs the full one): 200 buyers released at once at 20 seats.</summary>
[Collection(TicketingCollection.Name)]
public sealed class OversellTests(TicketingTestFactory factory)
{
    private const int Buyers = 200;
    private const int Seats = 20;

    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_sell_exactly_20_seats_when_200_buyers_race_for_them()
    {
        var (slug, typeId) = await OnSaleAsync();

        var statuses = await RaceAsync(slug, typeId);

        statuses.Count(s => s == HttpStatusCode.OK).ShouldBe(Seats);
        statuses.Count(s => s == HttpStatusCode.Conflict).ShouldBe(Buyers - Seats);
        var figures = await factory.OfTicketTypeAsync(typeId);
        figures.ValidTickets.ShouldBe(Seats);
        figures.QuotaSold.ShouldBe(Seats);
        figures.QuotaHeld.ShouldBe(0);
        figures.HoldsSold.ShouldBe(figures.QuotaSold);
    }

    /// <summary>The negative control: with the guard replaced by a read-then-write the same race oversells, so the test above can see a race.</summary>
    [Fact]
    public async Task Should_oversell_when_the_guard_is_disabled()
    {
        var (slug, typeId) = await OnSaleAsync();
        var options = factory.Services.GetRequiredService<IOptions<TicketingOptions>>().Value;
        options.Testing.DisableCapacityGuard = true;
        try
        {
            await RaceAsync(slug, typeId);
        }
        finally
        {
            options.Testing.DisableCapacityGuard = false;
        }

        (await factory.OfTicketTypeAsync(typeId)).ValidTickets.ShouldBeGreaterThan(Seats);
    }

    private async Task<(string Slug, Guid TypeId)> OnSaleAsync()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Stampede");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: Seats));
        return (@event.Slug, type.Id);
    }

    /// <summary>Each buyer reserves one ticket and, when that worked, confirms it; returns the outcome of each buyer's purchase.</summary>
    private async Task<HttpStatusCode[]> RaceAsync(string slug, Guid typeId)
    {
        var buyer = factory.CreateClientFor();
        return await Stampede.RunAsync(Buyers, async i =>
        {
            var reserved = await buyer.TryReserveAsync(TestData.OrgASlug, slug, typeId, idempotencyKey: $"{slug}-{i}");
            if (reserved.StatusCode != HttpStatusCode.OK) return reserved.StatusCode;
            var reservation = await reserved.ShouldBeOkAsync<ReservationDto>();
            return (await buyer.TryConfirmAsync(TestData.OrgASlug, reservation, TicketingApi.Details(reservation, email: $"buyer{i}@example.com"))).StatusCode;
        });
    }
}
