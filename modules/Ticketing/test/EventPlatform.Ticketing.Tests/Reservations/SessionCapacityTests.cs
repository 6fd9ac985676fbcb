using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Sessions;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Reservations;

[Collection(TicketingCollection.Name)]
public sealed class SessionCapacityTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_stop_selling_every_ticket_type_of_a_session_once_its_capacity_is_reached()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Workshop Day");
        var session = await (await _organizer.PostAsJsonAsync($"api/events/session?eventId={@event.Id}",
            new SessionInput("Hands-on lab", new DateTime(2027, 6, 10, 10, 0, 0), new DateTime(2027, 6, 10, 12, 0, 0), Capacity: 3)))
            .ShouldBeOkAsync<SessionDto>();
        var members = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Lab (members)", quantity: 10) with { SessionId = session.Id });
        var guests = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType("Lab (guests)", quantity: 10) with { SessionId = session.Id });
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, members.Id, 2);
        await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, guests.Id, 1);

        var fourth = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, members.Id);

        await fourth.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.SoldOut);
    }

    [Fact]
    public async Task Should_refuse_a_session_of_another_event()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Workshop Day");

        var created = await _organizer.PostAsJsonAsync($"api/ticketing/events/{@event.Id}/ticket-types",
            TicketingApi.TicketType() with { SessionId = Guid.NewGuid() });

        await created.ShouldBeProblemAsync(HttpStatusCode.NotFound, TicketingErrorCodes.SessionNotFound);
    }
}
