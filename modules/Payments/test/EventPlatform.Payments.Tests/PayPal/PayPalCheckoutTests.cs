using System.Net;
using System.Net.Http.Json;
using System.Web;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Tests.Infrastructure;
using EventPlatform.Ticketing.Orders;
using EventPlatform.TestBase;

namespace EventPlatform.Payments.Tests.PayPal;

/// <summary>A buyer pays with PayPal: the real Orders v2 adapter over HttpClient against a local stand-in of PayPal's API.</summary>
[Collection(PaymentsCollection.Name)]
public sealed class PayPalCheckoutTests(PaymentsTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_capture_an_approved_order_when_the_buyer_returns_and_ignore_the_webhooks_after()
    {
        var (order, paypalOrder) = await OrderAtPayPalAsync("PayPal Return");
        factory.PayPal.Approve(paypalOrder);

        var back = await _buyer.GetAsync(ReturnPath(paypalOrder));

        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        back.Headers.Location!.OriginalString.ShouldBe(OrderPaths.Order(TestData.OrgASlug, order.Number, order.AccessToken));
        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Confirmed);
        var payment = (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem();
        payment.Status.ShouldBe(PaymentStatus.Succeeded);

        // PayPal's notifications follow, out of order and one of them twice: nothing changes, nothing is captured again.
        var completed = factory.PayPal.SignedEvent("PAYMENT.CAPTURE.COMPLETED", factory.PayPal.CaptureResource(paypalOrder), factory.Clock.GetUtcNow());
        var approved = factory.PayPal.SignedEvent("CHECKOUT.ORDER.APPROVED", factory.PayPal.Order(paypalOrder), factory.Clock.GetUtcNow());
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, completed.Body, completed.Headers)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, approved.Body, approved.Headers)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, completed.Body, completed.Headers)).StatusCode.ShouldBe(HttpStatusCode.OK);

        factory.PayPal.Calls.Count(c => c.Path == $"/v2/checkout/orders/{paypalOrder}/capture").ShouldBe(1);
        (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Succeeded);
    }

    [Fact]
    public async Task Should_capture_from_the_approval_webhook_when_the_buyer_never_returns()
    {
        var (order, paypalOrder) = await OrderAtPayPalAsync("PayPal Webhook");
        factory.PayPal.Approve(paypalOrder);

        var approved = factory.PayPal.SignedEvent("CHECKOUT.ORDER.APPROVED", factory.PayPal.Order(paypalOrder), factory.Clock.GetUtcNow());
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, approved.Body, approved.Headers)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Confirmed);
        ((string?)factory.PayPal.Order(paypalOrder)["status"]).ShouldBe("COMPLETED");
    }

    [Fact]
    public async Task Should_keep_the_order_waiting_and_offer_another_try_when_the_capture_is_declined()
    {
        var (order, paypalOrder) = await OrderAtPayPalAsync("PayPal Declined");
        factory.PayPal.ApproveAndDecline(paypalOrder);

        var back = await _buyer.GetAsync(ReturnPath(paypalOrder));

        back.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await back.Content.ReadAsStringAsync()).ShouldContain("Try again");
        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.PendingPayment);
        (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Pending);
    }

    [Fact]
    public async Task Should_answer_401_for_a_tampered_or_replayed_webhook_and_change_nothing()
    {
        var (order, paypalOrder) = await OrderAtPayPalAsync("PayPal Forged");
        factory.PayPal.Approve(paypalOrder);
        var approved = factory.PayPal.SignedEvent("CHECKOUT.ORDER.APPROVED", factory.PayPal.Order(paypalOrder), factory.Clock.GetUtcNow());
        var old = factory.PayPal.SignedEvent("CHECKOUT.ORDER.APPROVED", factory.PayPal.Order(paypalOrder), factory.Clock.GetUtcNow().AddMinutes(-10));
        var otherEndpoint = factory.PayPal.SignedEvent("CHECKOUT.ORDER.APPROVED", factory.PayPal.Order(paypalOrder), factory.Clock.GetUtcNow(), "WH-SOMEONE-ELSE");

        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, approved.Body.Replace("CHECKOUT.ORDER.APPROVED", "CHECKOUT.ORDER.APPROVED "), approved.Headers))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, old.Body, old.Headers)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, otherEndpoint.Body, otherEndpoint.Headers)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.PendingPayment);
        factory.PayPal.Calls.Count(c => c.Path.EndsWith("/capture", StringComparison.Ordinal) && c.Path.Contains(paypalOrder)).ShouldBe(0);
    }

    [Fact]
    public async Task Should_refund_a_capture_in_parts()
    {
        var (order, paypalOrder) = await OrderAtPayPalAsync("PayPal Refund");
        factory.PayPal.Approve(paypalOrder);
        (await _buyer.GetAsync(ReturnPath(paypalOrder))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var payment = (await _organizer.PaymentsOfAsync(order.Id)).Single();

        var refunded = await (await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(5m))).ShouldBeOkAsync<PaymentDto>();

        refunded.RefundedAmount.ShouldBe(5m);
        refunded.Refunds.ShouldHaveSingleItem().ProviderReference!.ShouldStartWith("REF");
        var capture = (string)factory.PayPal.Order(paypalOrder)["purchase_units"]![0]!["payments"]!["captures"]![0]!["id"]!;
        factory.PayPal.Calls.ShouldContain(c => c.Path == $"/v2/payments/captures/{capture}/refund" && c.RequestId != null);
    }

    [Fact]
    public async Task Should_book_a_refund_made_in_paypals_dashboard_once_and_not_count_our_own_twice()
    {
        var (order, paypalOrder) = await OrderAtPayPalAsync("PayPal Dashboard Refund");
        factory.PayPal.Approve(paypalOrder);
        (await _buyer.GetAsync(ReturnPath(paypalOrder))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var payment = (await _organizer.PaymentsOfAsync(order.Id)).Single();

        // 10 EUR refunded by hand in PayPal's dashboard, notified twice (two deliveries of one event).
        var dashboard = factory.PayPal.SignedEvent("PAYMENT.CAPTURE.REFUNDED", factory.PayPal.RefundInDashboard(paypalOrder, 10m), factory.Clock.GetUtcNow());
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, dashboard.Body, dashboard.Headers)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, dashboard.Body, dashboard.Headers)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var booked = (await _organizer.PaymentsOfAsync(order.Id)).Single();
        booked.RefundedAmount.ShouldBe(10m);
        booked.Refunds.ShouldHaveSingleItem().Amount.ShouldBe(10m);

        // Then the organizer refunds the rest here; PayPal's notification of that refund covers what is booked already.
        var rest = await (await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(15m))).ShouldBeOkAsync<PaymentDto>();
        rest.RefundedAmount.ShouldBe(25m);
        var ours = factory.PayPal.SignedEvent("PAYMENT.CAPTURE.REFUNDED", factory.PayPal.RefundResource(rest.Refunds.Single(r => r.Amount == 15m).ProviderReference!),
            factory.Clock.GetUtcNow());
        (await _buyer.PostPayPalWebhookAsync(TestData.OrgASlug, ours.Body, ours.Headers)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var settled = (await _organizer.PaymentsOfAsync(order.Id)).Single();
        settled.RefundedAmount.ShouldBe(25m);
        settled.Refunds.Select(r => r.Amount).OrderBy(a => a).ShouldBe([10m, 15m]);
    }

    [Fact]
    public async Task Should_reuse_one_access_token_for_many_calls()
    {
        var before = factory.PayPal.Calls.Count(c => c.Path == "/v1/oauth2/token");
        await OrderAtPayPalAsync("PayPal Token One");
        await OrderAtPayPalAsync("PayPal Token Two");

        (factory.PayPal.Calls.Count(c => c.Path == "/v1/oauth2/token") - before).ShouldBeLessThanOrEqualTo(1);
    }

    private async Task<(OrderDto Order, string PayPalOrder)> OrderAtPayPalAsync(string title)
    {
        var (@event, type) = await _organizer.PaidEventAsync(title);
        await _organizer.ConnectPayPalAsync();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type, PaymentProviderNames.PayPal);
        var redirect = await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = redirect.Headers.Location!.OriginalString;
        location.ShouldStartWith(factory.PayPal.Url + "/checkoutnow?token=");
        return (order, HttpUtility.ParseQueryString(new Uri(location).Query)["token"]!);
    }

    private string ReturnPath(string paypalOrder) => new Uri((string)factory.PayPal.Order(paypalOrder)["return_url"]!).PathAndQuery;
}
