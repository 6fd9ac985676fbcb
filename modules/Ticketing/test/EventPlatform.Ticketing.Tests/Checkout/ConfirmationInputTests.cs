using System.Net;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Tests.Infrastructure;
using EventPlatform.TestBase;

namespace EventPlatform.Ticketing.Tests.Checkout;

[Collection(TicketingCollection.Name)]
public sealed class ConfirmationInputTests(TicketingTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("ada@localhost")]
    [InlineData("Ada <ada@example.com>")]
    public async Task Should_refuse_a_buyer_email_that_is_not_an_address(string email)
    {
        var reservation = await ReserveAsync();

        var confirmed = await _buyer.TryConfirmAsync(TestData.OrgASlug, reservation, TicketingApi.Details(reservation, email: email));

        await confirmed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.BadRequest);
    }

    [Theory]
    [InlineData("0049301234567")]
    [InlineData("+0301234567")]
    [InlineData("+49 30 1234567")]
    [InlineData("+4930123456789012")]
    public async Task Should_refuse_a_phone_number_that_is_not_E164(string phone)
    {
        var reservation = await ReserveAsync();
        var details = TicketingApi.Details(reservation);

        var confirmed = await _buyer.TryConfirmAsync(TestData.OrgASlug, reservation, details with { Buyer = details.Buyer with { Phone = phone } });

        await confirmed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.BadRequest);
    }

    [Fact]
    public async Task Should_accept_an_E164_phone_number()
    {
        var reservation = await ReserveAsync();
        var details = TicketingApi.Details(reservation);

        var order = await _buyer.ConfirmAsync(TestData.OrgASlug, reservation, details with { Buyer = details.Buyer with { Phone = "+493012345678" } });

        order.BuyerPhone.ShouldBe("+493012345678");
    }

    [Fact]
    public async Task Should_ask_for_one_attendee_per_reserved_ticket()
    {
        var reservation = await ReserveAsync(quantity: 2);
        var details = TicketingApi.Details(reservation);

        var confirmed = await _buyer.TryConfirmAsync(TestData.OrgASlug, reservation, details with { Attendees = details.Attendees.Take(1).ToList() });

        await confirmed.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.AttendeesMismatch);
    }

    [Fact]
    public async Task Should_refuse_a_paid_order_without_a_payment_method()
    {
        var reservation = await ReserveAsync(price: 25m);

        var confirmed = await _buyer.TryConfirmAsync(TestData.OrgASlug, reservation);

        await confirmed.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.PaymentMethodNotAvailable);
    }

    [Fact]
    public async Task Should_issue_tickets_for_a_pay_at_the_venue_order_that_waits_for_payment()
    {
        var reservation = await ReserveAsync(price: 25m, quantity: 2);

        var order = await _buyer.ConfirmAsync(TestData.OrgASlug, reservation, TicketingApi.Details(reservation, paymentMethod: PaymentMethods.Offline));

        order.Status.ShouldBe(OrderStatus.PendingPayment);
        order.Total.ShouldBe(50m);
        order.Currency.ShouldBe("EUR");
        order.Tickets.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_zero_tickets()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Input Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id);

        var reserved = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 0);

        await reserved.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.QuantityOutOfRange);
    }

    [Fact]
    public async Task Should_refuse_more_tickets_than_the_per_order_maximum()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Input Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType() with { MaxPerOrder = 4 });

        var reserved = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity: 5);

        await reserved.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, TicketingErrorCodes.QuantityOutOfRange);
    }

    [Fact]
    public async Task Should_not_sell_before_the_sale_window_opens()
    {
        var @event = await _organizer.CreatePublishedEventAsync("Input Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType() with { SaleStartsAt = DateTimeOffset.UtcNow.AddDays(30) });

        var reserved = await _buyer.TryReserveAsync(TestData.OrgASlug, @event.Slug, type.Id);

        await reserved.ShouldBeProblemAsync(HttpStatusCode.Conflict, TicketingErrorCodes.TicketTypeNotOnSale);
    }

    private async Task<ReservationDto> ReserveAsync(int quantity = 1, decimal price = 0m)
    {
        var @event = await _organizer.CreatePublishedEventAsync("Input Days");
        var type = await _organizer.CreateTicketTypeAsync(@event.Id, TicketingApi.TicketType(price: price));
        return await _buyer.ReserveAsync(TestData.OrgASlug, @event.Slug, type.Id, quantity);
    }
}
