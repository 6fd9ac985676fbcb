using System.Net;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Reservations;

[Collection(TicketingCollection.Name)]
public sealed class IdempotencyTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_return_the_first_reservation_when_a_request_is_retried_with_the_same_key()
    {
        var (slug, typeId) = await OnSaleAsync();
        var first = await (await _buyer.TryReserveAsync(TestData.OrgASlug, slug, typeId, 2, idempotencyKey: "retry-1")).ShouldBeOkAsync<ReservationDto>();

        var retried = await (await _buyer.TryReserveAsync(TestData.OrgASlug, slug, typeId, 2, idempotencyKey: "retry-1")).ShouldBeOkAsync<ReservationDto>();

        retried.Id.ShouldBe(first.Id);
        (await factory.OfTicketTypeAsync(typeId)).QuotaHeld.ShouldBe(2);
    }

    [Fact]
    public async Task Should_create_one_reservation_when_ten_retries_with_the_same_key_arrive_at_once()
    {
        var (slug, typeId) = await OnSaleAsync();

        var reservations = await Stampede.RunAsync(10, async _ =>
            await (await _buyer.TryReserveAsync(TestData.OrgASlug, slug, typeId, idempotencyKey: "burst-1")).ShouldBeOkAsync<ReservationDto>());

        reservations.Select(r => r.Id).Distinct().Count().ShouldBe(1);
        (await factory.OfTicketTypeAsync(typeId)).QuotaHeld.ShouldBe(1);
    }

    [Fact]
    public async Task Should_return_the_same_order_when_a_confirmation_is_retried()
    {
        var (slug, typeId) = await OnSaleAsync();
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, slug, typeId);
        var first = await _buyer.ConfirmAsync(TestData.OrgASlug, reservation);

        var retried = await _buyer.ConfirmAsync(TestData.OrgASlug, reservation);

        retried.Number.ShouldBe(first.Number);
        (await factory.OfTicketTypeAsync(typeId)).ValidTickets.ShouldBe(1);
    }

    [Fact]
    public async Task Should_create_one_order_when_confirmations_of_one_reservation_race()
    {
        var (slug, typeId) = await OnSaleAsync();
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, slug, typeId);

        var outcomes = await Stampede.RunAsync(5, async _ => (await _buyer.TryConfirmAsync(TestData.OrgASlug, reservation)).StatusCode);

        outcomes.ShouldContain(HttpStatusCode.OK);
        outcomes.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        (await factory.OfTicketTypeAsync(typeId)).ValidTickets.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_an_idempotency_key_reused_for_another_event()
    {
        var (slug, typeId) = await OnSaleAsync();
        var (otherSlug, otherTypeId) = await OnSaleAsync();
        await _buyer.TryReserveAsync(TestData.OrgASlug, slug, typeId, idempotencyKey: "shared-key");

        var reused = await _buyer.TryReserveAsync(TestData.OrgASlug, otherSlug, otherTypeId, idempotencyKey: "shared-key");

        await reused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.IdempotencyKeyReused);
    }

    private async Task<(string Slug, Guid TypeId)> OnSaleAsync()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Retry Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        return (@event.Slug, type.Id);
    }
}
