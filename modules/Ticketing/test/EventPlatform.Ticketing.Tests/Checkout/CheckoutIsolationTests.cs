using System.Net;
using System.Net.Http.Json;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Checkout;

/// <summary>Another organization's events, ticket types and reservations do not exist from where the caller stands.</summary>
[Collection(TicketingCollection.Name)]
public sealed class CheckoutIsolationTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizerA = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _ownerB = factory.CreateClientFor(TestData.UserB, TestData.OrgB);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_not_find_an_event_of_organization_A_under_organization_B()
    {
        var @event = await _organizerA.CreatePublishedEventAsync("Isolated");
        var type = await _organizerA.CreateTicketTypeAsync(@event.Id);

        var reserved = await _buyer.TryReserveAsync(TestData.OrgBSlug, @event.Slug, type.Id);

        await reserved.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.EventNotFound);
    }

    [Fact]
    public async Task Should_not_find_a_reservation_of_organization_A_under_organization_B()
    {
        var @event = await _organizerA.CreatePublishedEventAsync("Isolated");
        var type = await _organizerA.CreateTicketTypeAsync(@event.Id);
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        var read = await _buyer.GetAsync($"api/ticketing/public/{TestData.OrgBSlug}/reservations/{reservation.Id}?token={reservation.Token}");

        await read.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.ReservationNotFound);
    }

    [Fact]
    public async Task Should_not_find_a_reservation_with_a_wrong_token()
    {
        var @event = await _organizerA.CreatePublishedEventAsync("Isolated");
        var type = await _organizerA.CreateTicketTypeAsync(@event.Id);
        var reservation = await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        var confirmed = await _buyer.TryConfirmAsync(TestData.OrgASlug, reservation, TicketingApi.Details(reservation) with { Token = new string('A', 32) });

        await confirmed.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.ReservationNotFound);
    }

    [Fact]
    public async Task Should_not_sell_a_ticket_type_of_another_event_of_the_same_organization()
    {
        var first = await _organizerA.CreatePublishedEventAsync("Isolated");
        var second = await _organizerA.CreatePublishedEventAsync("Isolated too");
        var type = await _organizerA.CreateTicketTypeAsync(first.Id);

        var reserved = await _buyer.TryReserveAsync(TestData.OrgASlug, second.Slug, type.Id);

        await reserved.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.TicketTypeNotFound);
    }

    [Fact]
    public async Task Should_not_let_organization_B_read_or_add_ticket_types_of_an_event_of_A()
    {
        var @event = await _organizerA.CreatePublishedEventAsync("Isolated");
        var type = await _organizerA.CreateTicketTypeAsync(@event.Id);

        await (await _ownerB.GetAsync($"api/ticketing/events/{@event.Id}/ticket-types")).ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.EventNotFound);
        await (await _ownerB.GetAsync($"api/ticketing/ticket-type/{type.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.TicketTypeNotFound);
        await (await _ownerB.PostAsJsonAsync($"api/ticketing/events/{@event.Id}/ticket-types", TicketingApi.TicketType()))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.EventNotFound);
        await (await _ownerB.PutAsJsonAsync($"api/ticketing/ticket-type/{type.Id}", TicketingApi.TicketType()))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.TicketTypeNotFound);
        await (await _ownerB.DeleteAsync($"api/ticketing/ticket-type/{type.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.TicketTypeNotFound);
    }

    [Fact]
    public async Task Should_not_sell_tickets_of_a_draft_event()
    {
        var draft = await (await _organizerA.PostAsJsonAsync("api/events/event", new EventPlatform.Events.Events.EventInput("Draft only",
            EventPlatform.Events.Events.EventType.Meetup, EventPlatform.Events.Events.EventFormat.Online,
            new DateTime(2027, 3, 1, 18, 0, 0), new DateTime(2027, 3, 1, 20, 0, 0), "Europe/Berlin", OnlineUrl: "https://example.com/live")))
            .ShouldBeOkAsync<EventPlatform.Events.Events.EventDto>();
        var type = await _organizerA.CreateTicketTypeAsync(draft.Id);

        var reserved = await _buyer.TryReserveAsync(TestData.OrgASlug, draft.Slug, type.Id);

        await reserved.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.EventNotFound);
    }
}
