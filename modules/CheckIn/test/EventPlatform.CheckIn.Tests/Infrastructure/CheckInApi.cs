using System.Net.Http.Json;
using EventPlatform.CheckIn.Lists;
using EventPlatform.CheckIn.Scans;
using EventPlatform.Events.Events;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tickets.Documents;
using EventPlatform.Ticketing.Tickets.Signing;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.CheckIn.Tests.Infrastructure;

/// <summary>An organizer's event with tickets sold through the real checkout API, and scanning over the HTTP API.</summary>
public sealed class CheckInApi(CheckInTestFactory factory, Guid organization, HttpClient organizer, string organizationSlug)
{
    public static CheckInApi ForOrganizationA(CheckInTestFactory factory) =>
        new(factory, TestData.OrgA, factory.CreateClientFor(TestData.AdminA, TestData.OrgA), TestData.OrgASlug);

    public HttpClient Organizer => organizer;

    /// <summary>A published event (in Berlin, tomorrow) with a free "General" and a free "Workshop" ticket type.</summary>
    public async Task<(EventDto Event, TicketTypeDto General, TicketTypeDto Workshop)> EventAsync(string title)
    {
        var start = new DateTime(DateTime.UtcNow.Year + 1, 3, 3, 9, 0, 0);
        var created = await (await organizer.PostAsJsonAsync("api/events/event", new EventInput(title, EventType.Conference, EventFormat.InPerson,
            start, start.AddDays(2), "Europe/Berlin", Location: new EventLocationDto("Hall 1", "Messeplatz 1", "Köln", "50679", "DE", null, null))))
            .ShouldBeOkAsync<EventDto>();
        var published = await (await organizer.PostAsync($"api/events/event/{created.Id}/publish", null)).ShouldBeOkAsync<EventDto>();
        var general = await TypeAsync(published.Id, "General");
        var workshop = await TypeAsync(published.Id, "Workshop");
        return (published, general, workshop);
    }

    public async Task<TicketTypeDto> TypeAsync(Guid eventId, string name, decimal price = 0) =>
        await (await organizer.PostAsJsonAsync($"api/ticketing/events/{eventId}/ticket-types", new TicketTypeInput(name, price, "EUR", 500)))
            .ShouldBeOkAsync<TicketTypeDto>();

    /// <summary>One ticket of <paramref name="type"/> bought by a new buyer (offline when it is paid, so the order waits for its money).</summary>
    public async Task<(OrderDto Order, TicketDto Ticket)> BuyAsync(EventDto @event, TicketTypeDto type, string name = "Ada Lovelace")
    {
        var buyer = factory.CreateClientFor();
        var reservation = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{organizationSlug}/events/{@event.Slug}/reservations",
            new ReserveInput([new ReservationLineInput(type.Id, 1)]))).ShouldBeOkAsync<ReservationDto>();
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}@example.com";
        var order = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{organizationSlug}/reservations/{reservation.Id}/confirm",
            new ConfirmReservationInput(reservation.Token, new BuyerInput(name, email), [new AttendeeInput(type.Id, name, email)],
                PaymentMethod: type.Price > 0 ? "offline" : null))).ShouldBeOkAsync<OrderDto>();
        return (order, order.Tickets.Single());
    }

    /// <summary>The signed QR payload printed on the ticket (the API does not hand it out; the PDF carries it).</summary>
    public Task<string> PayloadAsync(EventDto @event, TicketDto ticket) =>
        factory.InTenantAsync(organization, sp => sp.GetRequiredService<TicketSigner>().SignAsync(new TicketClaims(organization, @event.Id, ticket.Id, ticket.Code)));

    public async Task<CheckInListDto> ListAsync(Guid eventId, CheckInListInput input) =>
        await (await organizer.PostAsJsonAsync($"api/checkin/events/{eventId}/lists", input)).ShouldBeOkAsync<CheckInListDto>();

    public static async Task<ScanResultDto> ScanAsync(HttpClient scanner, CheckInListDto list, string code, ScanDirection direction = ScanDirection.Entry,
        string? nonce = null) =>
        await (await scanner.PostAsJsonAsync($"api/checkin/lists/{list.Id}/scans", new ScanInput(code, direction, nonce))).ShouldBeOkAsync<ScanResultDto>();
}
