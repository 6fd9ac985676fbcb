using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Settings;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.TestBase;

namespace EventPlatform.Payments.Tests.Infrastructure;

/// <summary>Organizer set-up and the buyer's checkout, over the real HTTP API.</summary>
public static class PaymentsApi
{
    public static async Task ConnectStripeAsync(this HttpClient organizer) =>
        await (await organizer.PutAsJsonAsync("api/payments/payment-provider/stripe",
            new UpdatePaymentProviderInput(true, false, "pk_test_standin", StripeStandIn.SecretKey, StripeStandIn.WebhookSecret))).ShouldBeOkAsync<PaymentProviderDto>();

    public static async Task ConnectPayPalAsync(this HttpClient organizer) =>
        await (await organizer.PutAsJsonAsync("api/payments/payment-provider/paypal",
            new UpdatePaymentProviderInput(true, false, PayPalStandIn.ClientId, PayPalStandIn.ClientSecret, PayPalStandIn.WebhookId))).ShouldBeOkAsync<PaymentProviderDto>();

    public static Task<HttpResponseMessage> PostPayPalWebhookAsync(this HttpClient client, string org, string body, IReadOnlyDictionary<string, string> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/payments/webhooks/paypal/{org}") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return client.SendAsync(request);
    }

    /// <summary>A published event with one paid ticket type (25 EUR, 100 seats).</summary>
    public static async Task<(EventDto Event, TicketTypeDto Type)> PaidEventAsync(this HttpClient organizer, string title)
    {
        var input = new EventInput(title, EventType.Conference, EventFormat.InPerson, new DateTime(2027, 6, 10, 9, 0, 0), new DateTime(2027, 6, 10, 18, 0, 0),
            "Europe/Berlin", Summary: "A day of talks.", Location: new EventLocationDto("Congress Center", "Messeplatz 1", "Köln", "50679", "DE", null, null));
        var created = await (await organizer.PostAsJsonAsync("api/events/event", input)).ShouldBeOkAsync<EventDto>();
        var published = await (await organizer.PostAsync($"api/events/event/{created.Id}/publish", null)).ShouldBeOkAsync<EventDto>();
        var type = await (await organizer.PostAsJsonAsync($"api/ticketing/events/{created.Id}/ticket-types",
            new TicketTypeInput("Regular", 25m, "EUR", 100))).ShouldBeOkAsync<TicketTypeDto>();
        return (published, type);
    }

    /// <summary>Reserves one ticket and confirms it with <paramref name="method"/>: an order waiting for its payment.</summary>
    public static async Task<OrderDto> OrderAsync(this HttpClient buyer, string org, EventDto @event, TicketTypeDto type, string method = PaymentProviderNames.Stripe)
    {
        var reservation = await (await buyer.PostAsJsonAsync($"api/ticketing/public/{org}/events/{@event.Slug}/reservations",
            new ReserveInput([new ReservationLineInput(type.Id, 1)]))).ShouldBeOkAsync<ReservationDto>();
        var input = new ConfirmReservationInput(reservation.Token, new BuyerInput("Ada Lovelace", "ada@example.com"),
            [new AttendeeInput(type.Id, "Ada Lovelace", "ada@example.com")], PaymentMethod: method);
        return await (await buyer.PostAsJsonAsync($"api/ticketing/public/{org}/reservations/{reservation.Id}/confirm", input)).ShouldBeOkAsync<OrderDto>();
    }

    public static string PayPath(string org, OrderDto order) => $"/o/{org}/pay/{order.Id}?t={Uri.EscapeDataString(order.AccessToken)}";

    public static async Task<IReadOnlyList<PaymentDto>> PaymentsOfAsync(this HttpClient organizer, Guid orderId) =>
        await (await organizer.GetAsync($"api/payments/payment?orderId={orderId}")).ShouldBeOkAsync<List<PaymentDto>>();

    public static async Task<IReadOnlyList<EventPlatform.Payments.Invoices.InvoiceDto>> InvoicesAsync(this HttpClient organizer, Guid orderId) =>
        await (await organizer.GetAsync($"api/payments/invoice?orderId={orderId}")).ShouldBeOkAsync<List<EventPlatform.Payments.Invoices.InvoiceDto>>();

    public static async Task<OrderDto> RegistrationAsync(this HttpClient organizer, Guid orderId) =>
        await (await organizer.GetAsync($"api/ticketing/registration/{orderId}")).ShouldBeOkAsync<OrderDto>();

    public static Task<HttpResponseMessage> PostWebhookAsync(this HttpClient client, string org, string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/payments/webhooks/stripe/{org}") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return client.SendAsync(request);
    }
}
