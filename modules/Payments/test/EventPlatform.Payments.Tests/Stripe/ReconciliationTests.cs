using System.Net;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Services;
using EventPlatform.Payments.Tests.Infrastructure;
using EventPlatform.Ticketing.Orders;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Payments.Tests.Stripe;

/// <summary>Payments left open by a lost webhook or an unanswered call are settled by asking the provider.</summary>
[Collection(PaymentsCollection.Name)]
public sealed class ReconciliationTests(PaymentsTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_confirm_an_order_whose_webhook_was_lost_and_whose_buyer_never_came_back()
    {
        var (@event, type) = await _organizer.PaidEventAsync("Lost Webhook");
        await _organizer.ConnectStripeAsync();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type);
        var session = (await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order))).Headers.Location!.OriginalString.Split('/')[^1];
        factory.Stripe.Pay(session);

        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        await ReconcileAsync();

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Confirmed);
        (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Succeeded);
    }

    [Fact]
    public async Task Should_close_a_payment_the_provider_never_answered_and_let_the_buyer_start_again()
    {
        var (@event, type) = await _organizer.PaidEventAsync("Never Answered");
        await _organizer.ConnectStripeAsync();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type);
        factory.Stripe.FailNext(3);
        (await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order))).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        await ReconcileAsync();
        var closed = (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem();
        var again = await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));

        closed.Status.ShouldBe(PaymentStatus.Failed);
        closed.FailureReason.ShouldBe("never opened");
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var payments = await _organizer.PaymentsOfAsync(order.Id);
        payments.Count.ShouldBe(2);
        payments.Count(p => p.Status == PaymentStatus.Pending).ShouldBe(1);
    }

    private Task<int> ReconcileAsync() =>
        factory.Services.GetServices<IHostedService>().OfType<PaymentReconciler>().Single().ReconcileAsync(default);
}
