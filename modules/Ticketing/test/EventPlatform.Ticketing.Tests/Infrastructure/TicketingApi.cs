using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Infrastructure;

/// <summary>Calls to the Events and Ticketing APIs with sample input: organizer set-up and the buyer's checkout.</summary>
public static class TicketingApi
{
    /// <summary>A one-day conference in Köln next June.</summary>
    public static EventInput SampleEvent(string title, string? slug = null) =>
        new(title, EventType.Conference, EventFormat.InPerson,
            new DateTime(2027, 6, 10, 9, 0, 0), new DateTime(2027, 6, 10, 18, 0, 0), "Europe/Berlin", Slug: slug,
            Summary: "A day of talks.", Location: new EventLocationDto("Congress Center", "Messeplatz 1", "Köln", "50679", "DE", null, null));

    public static async Task<EventDto> CreatePublishedEventAsync(this HttpClient organizer, string title = "Ticket Summit")
    {
        var created = await (await organizer.PostAsJsonAsync("api/events/event", SampleEvent(title))).ShouldBeOkAsync<EventDto>();
        return await (await organizer.PostAsync($"api/events/event/{created.Id}/publish", null)).ShouldBeOkAsync<EventDto>();
    }

    public static TicketTypeInput TicketType(string name = "Regular", decimal price = 0m, int? quantity = 100) =>
        new(name, price, "EUR", quantity);

    public static async Task<TicketTypeDto> CreateTicketTypeAsync(this HttpClient organizer, Guid eventId, TicketTypeInput? input = null) =>
        await (await organizer.PostAsJsonAsync($"api/ticketing/events/{eventId}/ticket-types", input ?? TicketType())).ShouldBeOkAsync<TicketTypeDto>();

    public static string ReservationsRoute(string org, string slug) => $"api/ticketing/public/{org}/events/{slug}/reservations";

    public static Task<HttpResponseMessage> TryReserveAsync(this HttpClient buyer, string org, string slug, Guid ticketTypeId, int quantity = 1,
        string? code = null, string? idempotencyKey = null) =>
        buyer.PostAsJsonAsync(ReservationsRoute(org, slug), new ReserveInput([new ReservationLineInput(ticketTypeId, quantity)], code, idempotencyKey));

    public static async Task<ReservationDto> ReserveAsync(this HttpClient buyer, string org, string slug, Guid ticketTypeId, int quantity = 1, string? code = null) =>
        await (await buyer.TryReserveAsync(org, slug, ticketTypeId, quantity, code)).ShouldBeOkAsync<ReservationDto>();

    public static ConfirmReservationInput Details(ReservationDto reservation, string buyer = "Ada Lovelace", string email = "ada@example.com",
        string? paymentMethod = null) =>
        new(reservation.Token, new BuyerInput(buyer, email),
            reservation.Lines.SelectMany(l => Enumerable.Range(1, l.Quantity).Select(i => new AttendeeInput(l.TicketTypeId, $"Guest {i}", $"guest{i}@example.com"))).ToList(),
            PaymentMethod: paymentMethod);

    public static Task<HttpResponseMessage> TryConfirmAsync(this HttpClient buyer, string org, ReservationDto reservation, ConfirmReservationInput? input = null) =>
        buyer.PostAsJsonAsync($"api/ticketing/public/{org}/reservations/{reservation.Id}/confirm", input ?? Details(reservation));

    public static async Task<OrderDto> ConfirmAsync(this HttpClient buyer, string org, ReservationDto reservation, ConfirmReservationInput? input = null) =>
        await (await buyer.TryConfirmAsync(org, reservation, input)).ShouldBeOkAsync<OrderDto>();
}
