using System.Net;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Reservations;

[Collection(TicketingCollection.Name)]
public sealed class ReservationTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_refuse_the_third_ticket_when_capacity_is_two()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: 2));
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        var third = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        await third.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.SoldOut);
    }

    [Fact]
    public async Task Should_confirm_a_free_order_with_a_confirmation_number_and_one_ticket_per_attendee()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 3);

        var order = await _buyer.ConfirmAsync(TestData.OrgASlug, reservation);

        order.Number.ShouldMatch(Orders.OrderConsts.NumberPattern);
        order.Status.ShouldBe(Orders.OrderStatus.Confirmed);
        order.Tickets.Count.ShouldBe(3);
        order.Tickets.Select(t => t.Code).Distinct().Count().ShouldBe(3);
        order.Tickets.ShouldAllBe(t => t.Code.Length == Orders.OrderConsts.TicketCodeLength);
    }

    [Fact]
    public async Task Should_release_the_seats_of_a_reservation_once_it_expires()
    {
        var @event = await _organizer.CreatePublishedEventAsync();
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(quantity: 1));
        var first = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var second = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        await second.ShouldBeOkAsync<ReservationDto>();
        await (await _buyer.TryConfirmAsync(TestData.OrgASlug, first)).ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.ReservationExpired);
    }
}
