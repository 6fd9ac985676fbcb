using System.Net;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Tests.Infrastructure;
using EventPlatform.Ticketing.Orders;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Payments.Tests.Stripe;

/// <summary>An order paid online that is not paid by its deadline gives its seats back, unless the money came after all.</summary>
[Collection(PaymentsCollection.Name)]
public sealed class OverduePaymentTests(PaymentsTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_cancel_an_unpaid_order_after_its_deadline_and_make_its_checkout_unpayable()
    {
        var (order, session, type) = await OrderAtStripeAsync("Overdue");

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await SweepAsync();

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Cancelled);
        ((string?)factory.Stripe.Session(session)["status"]).ShouldBe("expired");
        var payment = (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem();
        payment.Status.ShouldBe(PaymentStatus.Failed);
        (await SoldAsync(type)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_confirm_instead_of_cancelling_an_order_whose_money_came_without_a_webhook()
    {
        var (order, session, type) = await OrderAtStripeAsync("Paid Silently");
        factory.Stripe.Pay(session);

        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await SweepAsync();

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Confirmed);
        (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Succeeded);
        (await SoldAsync(type)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_leave_an_order_alone_before_its_deadline()
    {
        var (order, _, _) = await OrderAtStripeAsync("Not Yet");

        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        await SweepAsync();

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.PendingPayment);
    }

    private Task<int> SweepAsync() =>
        factory.Services.GetServices<IHostedService>().OfType<OverdueOrderSweeper>().Single().SweepAsync(default);

    private async Task<int> SoldAsync(Ticketing.TicketTypes.TicketTypeDto type) =>
        (await (await _organizer.GetAsync($"api/ticketing/ticket-type/{type.Id}")).ShouldBeOkAsync<Ticketing.TicketTypes.TicketTypeDto>()).Sold;

    private async Task<(OrderDto Order, string Session, Ticketing.TicketTypes.TicketTypeDto Type)> OrderAtStripeAsync(string title)
    {
        var (@event, type) = await _organizer.PaidEventAsync(title);
        await _organizer.ConnectStripeAsync();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type);
        var redirect = await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (order, redirect.Headers.Location!.OriginalString.Split('/')[^1], type);
    }
}
