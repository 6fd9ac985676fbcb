using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Payments.Settings;
using EventPlatform.Payments.Tests.Infrastructure;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.TicketTypes;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Payments.Tests.Offline;

/// <summary>
/// An offline order (bank transfer, pay later) has the organization's days to pay, never past the event's start; unpaid
/// by then it is cancelled and its seats go back. An organization that takes money at the door sets no deadline.
/// </summary>
[Collection(PaymentsCollection.Name)]
public sealed class OfflinePaymentDeadlineTests(PaymentsTestFactory factory) : IAsyncLifetime
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Other tests in the collection order offline in organization A: leave it at the default.</summary>
    public async Task DisposeAsync() => await SetDaysAsync(PaymentsConsts.DefaultOfflinePaymentDays);

    [Fact]
    public async Task Should_cancel_an_offline_order_unpaid_after_the_days_to_pay_and_give_its_seat_back()
    {
        await SetDaysAsync(3);
        var (@event, type) = await _organizer.PaidEventAsync("Transfer Deadline");
        var orderedAt = factory.Clock.GetUtcNow();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type, PaymentMethods.Offline);
        order.Status.ShouldBe(OrderStatus.PendingPayment);
        order.PaymentDueAt.ShouldNotBeNull().ShouldBeInRange(orderedAt.AddDays(3), orderedAt.AddDays(3).AddMinutes(1));
        (await SoldAsync(type)).ShouldBe(1);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        await SweepAsync();
        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.PendingPayment);

        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(2));
        await SweepAsync();

        var cancelled = await _organizer.RegistrationAsync(order.Id);
        cancelled.Status.ShouldBe(OrderStatus.Cancelled);
        cancelled.PaymentDueAt.ShouldBeNull();
        (await SoldAsync(type)).ShouldBe(0);
        // Money that arrives too late is not booked against a cancelled order: the organizer sees 409, not a paid order.
        (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/mark-paid", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_keep_an_offline_order_that_was_marked_paid_before_its_deadline()
    {
        await SetDaysAsync(1);
        var (@event, type) = await _organizer.PaidEventAsync("Transfer Arrived");
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type, PaymentMethods.Offline);
        (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/mark-paid", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(2));
        await SweepAsync();

        var paid = await _organizer.RegistrationAsync(order.Id);
        paid.Status.ShouldBe(OrderStatus.Confirmed);
        paid.PaymentDueAt.ShouldBeNull();
        (await SoldAsync(type)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_end_the_days_to_pay_when_the_event_starts()
    {
        await SetDaysAsync(30);
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        var startsAt = factory.Clock.GetUtcNow().AddDays(2);
        var local = TimeZoneInfo.ConvertTime(startsAt, berlin).DateTime;
        local = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0);
        var created = await (await _organizer.PostAsJsonAsync("api/events/event", new EventInput("Soon", EventType.Workshop, EventFormat.InPerson, local,
            local.AddHours(3), "Europe/Berlin", Location: new EventLocationDto("Hall", "Main St 1", "Köln", "50667", "DE", null, null)))).ShouldBeOkAsync<EventDto>();
        var @event = await (await _organizer.PostAsync($"api/events/event/{created.Id}/publish", null)).ShouldBeOkAsync<EventDto>();
        var type = await (await _organizer.PostAsJsonAsync($"api/ticketing/events/{created.Id}/ticket-types",
            new TicketTypeInput("Seat", 10m, "EUR", 10))).ShouldBeOkAsync<TicketTypeDto>();

        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type, PaymentMethods.Offline);

        order.PaymentDueAt.ShouldBe(new DateTimeOffset(local, berlin.GetUtcOffset(local)));
    }

    [Fact]
    public async Task Should_give_an_offline_order_no_deadline_when_the_organization_takes_payment_at_the_door()
    {
        (await SetDaysAsync(null)).PaymentDays.ShouldBeNull();
        var (@event, type) = await _organizer.PaidEventAsync("Pay At The Door");

        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type, PaymentMethods.Offline);

        order.Status.ShouldBe(OrderStatus.PendingPayment);
        order.PaymentDueAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(PaymentsConsts.MaxOfflinePaymentDays + 1)]
    public async Task Should_refuse_days_to_pay_out_of_range_and_keep_the_stored_ones(int days)
    {
        await SetDaysAsync(5);

        var response = await _organizer.PutAsJsonAsync("api/payments/payment-provider/offline", new UpdatePaymentProviderInput(true, PaymentDays: days));

        var problem = await response.ShouldBeProblemAsync((HttpStatusCode)422, PaymentsErrorCodes.PaymentDaysOutOfRange);
        problem.GetProperty("title").GetString().ShouldBe($"Days to pay must be between 1 and {PaymentsConsts.MaxOfflinePaymentDays}, or empty for no deadline.");
        (await OfflineAsync()).PaymentDays.ShouldBe(5);
    }

    [Fact]
    public async Task Should_not_give_the_online_providers_days_to_pay()
    {
        var providers = await (await _organizer.GetAsync("api/payments/payment-provider")).ShouldBeOkAsync<List<PaymentProviderDto>>();

        providers.Where(p => p.Provider != PaymentMethods.Offline).ShouldAllBe(p => p.PaymentDays == null);
    }

    private async Task<PaymentProviderDto> SetDaysAsync(int? days) =>
        await (await _organizer.PutAsJsonAsync("api/payments/payment-provider/offline", new UpdatePaymentProviderInput(true, PaymentDays: days)))
            .ShouldBeOkAsync<PaymentProviderDto>();

    private async Task<PaymentProviderDto> OfflineAsync() =>
        (await (await _organizer.GetAsync("api/payments/payment-provider")).ShouldBeOkAsync<List<PaymentProviderDto>>()).Single(p => p.Provider == PaymentMethods.Offline);

    private Task<int> SweepAsync() =>
        factory.Services.GetServices<IHostedService>().OfType<OverdueOrderSweeper>().Single().SweepAsync(default);

    private async Task<int> SoldAsync(TicketTypeDto type) =>
        (await (await _organizer.GetAsync($"api/ticketing/ticket-type/{type.Id}")).ShouldBeOkAsync<TicketTypeDto>()).Sold;
}
