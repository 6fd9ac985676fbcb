using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Registrations;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.Ticketing.Waitlist;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Infrastructure;

/// <summary>Calls for what happens after an order exists: registrations, the order link, "My tickets", the waitlist.</summary>
public static class OrdersApi
{
    public sealed record Sale(EventDto Event, TicketTypeDto Type);

    /// <summary>A published event of organization A with one ticket type.</summary>
    public static async Task<Sale> NewSaleAsync(this HttpClient organizer, int? quantity = 100, decimal price = 0m, bool waitlist = false,
        string name = "Regular")
    {
        var @event = await organizer.CreatePublishedEventAsync();
        var type = await organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(name, price, quantity) with { WaitlistEnabled = waitlist });
        return new Sale(@event, type);
    }

    public static async Task<OrderDto> BuyAsync(this HttpClient buyer, Sale sale, int quantity = 1, string org = TestData.OrgASlug,
        string buyerName = "Ada Lovelace", string email = "ada@example.com", string? paymentMethod = null)
    {
        var reservation = await buyer.ReserveAsync(org, sale.Event.Slug, sale.Type.Id, quantity);
        return await buyer.ConfirmAsync(org, reservation, TicketingApi.Details(reservation, buyerName, email, paymentMethod));
    }

    public static string OrderRoute(string org, string number) => $"api/ticketing/public/{org}/orders/{number}";

    public static Task<HttpResponseMessage> GetOrderAsync(this HttpClient client, string org, string number, string token) =>
        client.GetAsync($"{OrderRoute(org, number)}?token={Uri.EscapeDataString(token)}");

    public static Task<HttpResponseMessage> TransferAsync(this HttpClient client, string org, OrderDto order, Guid ticketId, string name, string email,
        string? token = null) =>
        client.PostAsJsonAsync($"{OrderRoute(org, order.Number)}/tickets/{ticketId}/transfer", new TransferTicketInput(token ?? order.AccessToken, name, email));

    public static Task<HttpResponseMessage> CancelOrderLinkAsync(this HttpClient client, string org, OrderDto order) =>
        client.PostAsJsonAsync($"{OrderRoute(org, order.Number)}/cancel", new OrderTokenInput(order.AccessToken));

    public static Task<HttpResponseMessage> CancelRegistrationAsync(this HttpClient organizer, Guid orderId) =>
        organizer.PostAsync($"api/ticketing/registration/{orderId}/cancel", null);

    public static async Task<RegistrationListItemDto[]> ListRegistrationsAsync(this HttpClient organizer, Guid eventId, string query = "") =>
        (await (await organizer.GetAsync($"api/ticketing/events/{eventId}/registrations?take=50{query}"))
            .ShouldBeOkAsync<Platform.Application.PagedResult<RegistrationListItemDto>>()).Items.ToArray();

    public static Task<HttpResponseMessage> JoinWaitlistAsync(this HttpClient client, Sale sale, string name, string email, int quantity = 1) =>
        client.PostAsJsonAsync($"api/ticketing/public/{TestData.OrgASlug}/events/{sale.Event.Slug}/waitlist",
            new JoinWaitlistInput(sale.Type.Id, name, email, quantity));

    public static async Task<IReadOnlyList<WaitlistEntryDto>> WaitlistAsync(this HttpClient organizer, Guid eventId) =>
        await (await organizer.GetAsync($"api/ticketing/events/{eventId}/waitlist")).ShouldBeOkAsync<List<WaitlistEntryDto>>();

    /// <summary>Polls the waitlist until <paramref name="done"/> holds (offers are made after commit, by the outbox); fails after 15 s.</summary>
    public static async Task<IReadOnlyList<WaitlistEntryDto>> WaitForWaitlistAsync(this HttpClient organizer, Guid eventId,
        Func<IReadOnlyList<WaitlistEntryDto>, bool> done)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var entries = await organizer.WaitlistAsync(eventId);
            if (done(entries)) return entries;
            await Task.Delay(100);
        }

        throw new TimeoutException("The waitlist did not reach the expected state.");
    }
}
