using System.Net.Http.Json;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.E2E.Ticketing.Checkout;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.E2E.CheckIn;

/// <summary>Tickets for the check-in browser tests, bought through the public checkout API.</summary>
public static class CheckInSeed
{
    public static async Task<TicketDto> BuyAsync(E2EFactory app, CheckoutSeed.Seeded seeded, string name)
    {
        var buyer = app.CreateClientFor();
        buyer.BaseAddress = new Uri(app.BaseUrl);
        var reservation = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{seeded.Organization}/events/{seeded.Event.Slug}/reservations",
            new ReserveInput([new ReservationLineInput(seeded.Regular.Id, 1)]))).ShouldBeOkAsync<ReservationDto>();
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com";
        var order = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{seeded.Organization}/reservations/{reservation.Id}/confirm",
            new ConfirmReservationInput(reservation.Token, new BuyerInput(name, email),
                [new AttendeeInput(seeded.Regular.Id, name, email, [new EventPlatform.Ticketing.Questions.AnswerInput(seeded.DietQuestion, "None")])])))
            .ShouldBeOkAsync<OrderDto>();
        return order.Tickets.Single();
    }
}
