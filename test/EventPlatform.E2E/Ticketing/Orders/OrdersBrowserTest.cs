using System.Net.Http.Json;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.Events.Events;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.TestBase;

namespace EventPlatform.E2E.Ticketing.Orders;

/// <summary>Browser tests of what follows an order; the sale itself is set up through the API (checkout pages are not the subject).</summary>
public abstract class OrdersBrowserTest(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    protected sealed record Sale(EventDto Event, TicketTypeDto Type);

    protected HttpClient Client(Guid? user = null, Guid? organization = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        if (user is { } u) client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, u.ToString());
        if (organization is { } o) client.DefaultRequestHeaders.Add(TestAuthHandler.OrganizationHeader, o.ToString());
        return client;
    }

    protected async Task<Sale> NewSaleAsync(string title, int quantity = 100, bool waitlist = false)
    {
        var organizer = Client(TestData.AdminA, TestData.OrgA);
        var input = new EventInput(title, EventType.Conference, EventFormat.InPerson,
            new DateTime(2027, 6, 10, 9, 0, 0), new DateTime(2027, 6, 10, 18, 0, 0), "Europe/Berlin", Summary: "A day of talks.",
            Location: new EventLocationDto("Congress Center", "Messeplatz 1", "Köln", "50679", "DE", null, null));
        var created = await (await organizer.PostAsJsonAsync("api/events/event", input)).ShouldBeOkAsync<EventDto>();
        var @event = await (await organizer.PostAsync($"api/events/event/{created.Id}/publish", null)).ShouldBeOkAsync<EventDto>();
        var type = await (await organizer.PostAsJsonAsync($"api/ticketing/events/{@event.Id}/ticket-types", new TicketTypeInput("Regular", 0m, "EUR", quantity, WaitlistEnabled: waitlist)))
            .ShouldBeOkAsync<TicketTypeDto>();
        return new Sale(@event, type);
    }

    protected async Task<OrderDto> BuyAsync(Sale sale, string buyer, string email, int quantity = 1)
    {
        var client = Client();
        var reservation = await (await client.PostAsJsonAsync($"api/ticketing/public/{TestData.OrgASlug}/events/{sale.Event.Slug}/reservations",
            new ReserveInput([new ReservationLineInput(sale.Type.Id, quantity)]))).ShouldBeOkAsync<ReservationDto>();
        var attendees = Enumerable.Range(1, quantity).Select(i => new AttendeeInput(sale.Type.Id, i == 1 ? buyer : $"Guest {i}", i == 1 ? email : $"guest{i}@example.com")).ToList();
        return await (await client.PostAsJsonAsync($"api/ticketing/public/{TestData.OrgASlug}/reservations/{reservation.Id}/confirm",
            new ConfirmReservationInput(reservation.Token, new BuyerInput(buyer, email), attendees))).ShouldBeOkAsync<OrderDto>();
    }
}
