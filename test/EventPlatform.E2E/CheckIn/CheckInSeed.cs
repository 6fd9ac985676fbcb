using System.Net.Http.Json;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.E2E.Ticketing.Checkout;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.Tickets.Documents;
using EventPlatform.Ticketing.Tickets.Signing;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.E2E.CheckIn;

/// <summary>Tickets for the check-in browser tests, bought through the public checkout API.</summary>
public static class CheckInSeed
{
    /// <summary>
    /// One regular ticket for <paramref name="name"/> (email: the first name at example.com); with <paramref name="type"/> a
    /// paid one, to pay at the venue, so its order waits for the money.
    /// </summary>
    public static async Task<TicketDto> BuyAsync(E2EFactory app, CheckoutSeed.Seeded seeded, string name, TicketTypeDto? type = null)
    {
        var typeId = (type ?? seeded.Regular).Id;
        var buyer = CheckoutSeed.Client(app, null, null);
        var reservation = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{seeded.Organization}/events/{seeded.Event.Slug}/reservations",
            new ReserveInput([new ReservationLineInput(typeId, 1)]))).ShouldBeOkAsync<ReservationDto>();
        var email = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com";
        var order = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{seeded.Organization}/reservations/{reservation.Id}/confirm",
            new ConfirmReservationInput(reservation.Token, new BuyerInput(name, email),
                [new AttendeeInput(typeId, name, email, [new AnswerInput(seeded.DietQuestion, "None")])],
                PaymentMethod: type is { Price: > 0 } ? PaymentMethods.Offline : null)))
            .ShouldBeOkAsync<OrderDto>();
        return order.Tickets.Single();
    }

    /// <summary>The signed payload the ticket's PDF prints as its QR code.</summary>
    public static Task<string> PayloadAsync(E2EFactory app, CheckoutSeed.Seeded seeded, TicketDto ticket) =>
        app.InTenantAsync(seeded.OrganizationId, sp =>
            sp.GetRequiredService<TicketSigner>().SignAsync(new TicketClaims(seeded.OrganizationId, seeded.Event.Id, ticket.Id, ticket.Code)));

    /// <summary>An API client of the organization's owner, on the E2E host's port.</summary>
    public static HttpClient Owner(E2EFactory app, CheckoutSeed.Seeded seeded) => CheckoutSeed.Client(app, TestData.UserA, seeded.OrganizationId);
}
