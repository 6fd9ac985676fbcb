using System.Net;
using System.Net.Http.Json;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Services;
using EventPlatform.Payments.Settings;
using EventPlatform.Payments.Tests.Infrastructure;
using EventPlatform.Ticketing.Orders;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EventPlatform.Payments.Tests.Stripe;

/// <summary>A buyer pays with Stripe's hosted checkout: the real Stripe adapter against a local stand-in of Stripe's API.</summary>
[Collection(PaymentsCollection.Name)]
public sealed class StripeCheckoutTests(PaymentsTestFactory factory)
{
    private readonly HttpClient _organizer = factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private readonly HttpClient _buyer = factory.CreateClientFor();

    [Fact]
    public async Task Should_confirm_the_order_once_whether_the_webhook_comes_twice_or_the_buyer_returns_first()
    {
        var (order, session) = await OrderAtStripeAsync("Paid Once");
        factory.Stripe.Pay(session);

        // The buyer is back before the webhook: the return page asks Stripe and confirms the order.
        var back = await _buyer.GetAsync(ReturnPath(session));
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        back.Headers.Location!.OriginalString.ShouldBe(OrderPaths.Order(TestData.OrgASlug, order.Number, order.AccessToken));

        var (body, signature) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, body, signature)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var again = await _buyer.PostWebhookAsync(TestData.OrgASlug, body, signature);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("\"duplicate\":true");

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Confirmed);
        var payment = (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem();
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        payment.Amount.ShouldBe(25m);
        payment.ProviderReference.ShouldBe(session);
    }

    [Fact]
    public async Task Should_confirm_the_order_from_the_webhook_alone()
    {
        var (order, session) = await OrderAtStripeAsync("Webhook Only");
        factory.Stripe.Pay(session);

        var (body, signature) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, body, signature)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Confirmed);
    }

    [Fact]
    public async Task Should_answer_401_and_change_nothing_for_a_webhook_with_a_wrong_signature()
    {
        var (order, session) = await OrderAtStripeAsync("Forged");
        factory.Stripe.Pay(session);
        var (body, _) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow());
        var (_, otherSecretSignature) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow(), "whsec_someone_else");

        var forged = await _buyer.PostWebhookAsync(TestData.OrgASlug, body, otherSecretSignature);

        await forged.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PaymentsErrorCodes.WebhookSignatureInvalid);
        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.PendingPayment);
        (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem().Status.ShouldBe(PaymentStatus.Pending);
    }

    [Fact]
    public async Task Should_refuse_a_replayed_webhook_signed_outside_the_tolerance()
    {
        var (order, session) = await OrderAtStripeAsync("Replayed");
        factory.Stripe.Pay(session);
        var (body, signature) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow().AddMinutes(-10));

        (await _buyer.PostWebhookAsync(TestData.OrgASlug, body, signature)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.PendingPayment);
    }

    [Fact]
    public async Task Should_send_the_same_idempotency_key_again_after_stripe_failed_and_open_one_checkout()
    {
        var (@event, type) = await _organizer.PaidEventAsync("Flaky Stripe");
        await _organizer.ConnectStripeAsync();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type);
        var before = factory.Stripe.Calls.Count;

        // Stripe.net retries twice itself: three failures in a row reach the buyer as "try again".
        factory.Stripe.FailNext(3);
        var failed = await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));
        failed.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await failed.Content.ReadAsStringAsync()).ShouldContain("Try again");

        var retried = await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));
        retried.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var creates = factory.Stripe.Calls.Skip(before).Where(c => c is { Method: "POST", Path: "/v1/checkout/sessions" }).ToList();
        creates.Count.ShouldBe(4);
        creates.Select(c => c.Key).Distinct().ShouldHaveSingleItem().ShouldNotBeNullOrEmpty();
        var paymentId = (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem().Id.ToString();
        factory.Stripe.Sessions.Count(s => (string?)s["client_reference_id"] == paymentId).ShouldBe(1);
    }

    [Fact]
    public async Task Should_keep_the_order_waiting_while_3d_secure_is_pending_and_confirm_it_once_authenticated()
    {
        var (order, session) = await OrderAtStripeAsync("Three D Secure");
        factory.Stripe.RequireAction(session);

        // The buyer reloads the return address during the bank's challenge: nothing is taken, nothing is decided.
        var early = await _buyer.GetAsync(ReturnPath(session));
        early.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.PendingPayment);
        (await _organizer.PaymentsOfAsync(order.Id)).Single().Status.ShouldBe(PaymentStatus.Pending);

        factory.Stripe.Pay(session);
        var (body, signature) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, body, signature)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Confirmed);
        (await _organizer.PaymentsOfAsync(order.Id)).Single().Status.ShouldBe(PaymentStatus.Succeeded);
    }

    [Fact]
    public async Task Should_fail_a_delayed_payment_the_bank_declined_and_let_the_buyer_try_again()
    {
        var (order, session) = await OrderAtStripeAsync("Declined Debit");
        var submitted = factory.Stripe.SubmitDelayed(session);
        var completed = StripeStandIn.SignedEvent("checkout.session.completed", submitted, factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, completed.Body, completed.Signature)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _organizer.PaymentsOfAsync(order.Id)).Single().Status.ShouldBe(PaymentStatus.Pending);

        var failed = StripeStandIn.SignedEvent("checkout.session.async_payment_failed", factory.Stripe.Session(session), factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, failed.Body, failed.Signature)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _organizer.PaymentsOfAsync(order.Id)).Single().Status.ShouldBe(PaymentStatus.Failed);
        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.PendingPayment);
        // Another try opens a new checkout: the failed attempt is closed.
        var retry = await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));
        retry.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        retry.Headers.Location!.OriginalString.ShouldNotEndWith("/pay/" + session);
        (await _organizer.PaymentsOfAsync(order.Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Should_resume_the_same_checkout_when_the_buyer_opens_the_payment_page_again()
    {
        var (order, session) = await OrderAtStripeAsync("Two Tabs");

        var again = await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));

        again.Headers.Location!.OriginalString.ShouldEndWith("/pay/" + session);
        (await _organizer.PaymentsOfAsync(order.Id)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_refund_in_parts_up_to_the_amount_paid_and_refuse_more()
    {
        var (_, payment) = await PaidAtStripeAsync("Refunds");

        await (await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(10m, "one day only"))).ShouldBeOkAsync<PaymentDto>();
        var second = await (await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(15m))).ShouldBeOkAsync<PaymentDto>();
        var third = await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(0.01m));

        second.RefundedAmount.ShouldBe(25m);
        second.Refunds.Select(r => r.Amount).ShouldBe([10m, 15m]);
        second.Refunds.ShouldAllBe(r => r.Status == "Succeeded" && r.ProviderReference!.StartsWith("re_"));
        await third.ShouldBeProblemAsync(HttpStatusCode.Conflict, PaymentsErrorCodes.RefundTooLarge);
        factory.Stripe.Calls.Count(c => c.Path == "/v1/refunds").ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Should_cancel_the_order_and_give_its_seat_back_once_it_is_refunded_in_full()
    {
        var (order, payment) = await PaidAtStripeAsync("Full Refund");

        await (await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(5m))).ShouldBeOkAsync<PaymentDto>();
        await (await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(20m))).ShouldBeOkAsync<PaymentDto>();

        // The registration follows from the PaymentRefunded events, through the outbox.
        var status = OrderStatus.Confirmed;
        for (var attempt = 0; attempt < 100 && status != OrderStatus.Cancelled; attempt++)
        {
            await Task.Delay(100);
            status = (await _organizer.RegistrationAsync(order.Id)).Status;
        }

        status.ShouldBe(OrderStatus.Cancelled);
    }

    [Fact]
    public async Task Should_give_the_money_back_when_it_arrives_for_an_order_cancelled_meanwhile()
    {
        var (order, session) = await OrderAtStripeAsync("Too Late");
        (await _organizer.PostAsync($"api/ticketing/registration/{order.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        factory.Stripe.Pay(session);

        var (body, signature) = StripeStandIn.SignedEvent("checkout.session.completed", factory.Stripe.Session(session), factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, body, signature)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _organizer.RegistrationAsync(order.Id)).Status.ShouldBe(OrderStatus.Cancelled);
        var payment = (await _organizer.PaymentsOfAsync(order.Id)).Single();
        payment.Status.ShouldBe(PaymentStatus.Succeeded);
        payment.RefundedAmount.ShouldBe(25m);
    }

    [Fact]
    public async Task Should_refund_what_is_left_once_when_two_callers_refund_it_at_the_same_moment()
    {
        var (order, payment) = await PaidAtStripeAsync("Refund Race");

        // The webhook's request and the PaymentSucceeded handler both refund a payment that came for a cancelled order.
        // Both have looked and found no refund yet; the payment's row is locked while they queue for it.
        await using var holder = new NpgsqlConnection(factory.Database.AdminConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM payments.payments WHERE id = @id FOR UPDATE", holder, hold))
        {
            lockRow.Parameters.AddWithValue("id", payment.Id);
            await lockRow.ExecuteScalarAsync();
        }

        var callers = Enumerable.Range(0, 2).Select(_ => factory.InTenantAsync(TestData.OrgA,
            sp => sp.GetRequiredService<Refunder>().RefundRemainingAsync(payment.Id, "cancelled meanwhile", default))).ToList();
        await factory.WaitForLockWaitAsync(waiters: 2);
        await hold.CommitAsync();

        // Before, the second asked for the whole amount again and was refused (RefundTooLarge, a 409 to Stripe's webhook).
        await Task.WhenAll(callers);
        var settled = (await _organizer.PaymentsOfAsync(order.Id)).Single();
        settled.RefundedAmount.ShouldBe(25m);
        settled.Refunds.ShouldHaveSingleItem().Amount.ShouldBe(25m);
    }

    [Fact]
    public async Task Should_book_a_refund_made_in_stripes_dashboard_once_and_not_count_our_own_twice()
    {
        var (order, session) = await OrderAtStripeAsync("Dashboard Refund");
        var intent = (string)factory.Stripe.Pay(session)["payment_intent"]!;
        (await _buyer.GetAsync(ReturnPath(session))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var payment = (await _organizer.PaymentsOfAsync(order.Id)).Single();

        // 10 EUR refunded by hand in Stripe's dashboard, notified twice.
        var dashboard = StripeStandIn.SignedEvent("charge.refunded", Charge(intent, refunded: 1000), factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, dashboard.Body, dashboard.Signature)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, dashboard.Body, dashboard.Signature)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _organizer.PaymentsOfAsync(order.Id)).Single().RefundedAmount.ShouldBe(10m);

        // Then the organizer refunds the rest here; Stripe's notification of that covers what is booked already.
        await (await _organizer.PostAsJsonAsync($"api/payments/payment/{payment.Id}/refund", new RefundInput(15m))).ShouldBeOkAsync<PaymentDto>();
        var ours = StripeStandIn.SignedEvent("charge.refunded", Charge(intent, refunded: 2500), factory.Clock.GetUtcNow());
        (await _buyer.PostWebhookAsync(TestData.OrgASlug, ours.Body, ours.Signature)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var settled = (await _organizer.PaymentsOfAsync(order.Id)).Single();
        settled.RefundedAmount.ShouldBe(25m);
        settled.Refunds.Select(r => r.Amount).ShouldBe([10m, 15m]);
    }

    private static System.Text.Json.Nodes.JsonObject Charge(string intent, long refunded) => new()
    {
        ["id"] = "ch_" + Guid.NewGuid().ToString("N")[..16],
        ["object"] = "charge",
        ["amount"] = 2500,
        ["amount_refunded"] = refunded,
        ["currency"] = "eur",
        ["payment_intent"] = intent,
        ["refunded"] = refunded >= 2500,
        ["status"] = "succeeded",
    };

    [Fact]
    public async Task Should_never_return_a_stored_secret()
    {
        await _organizer.ConnectStripeAsync();

        var json = await (await _organizer.GetAsync("api/payments/payment-provider")).Content.ReadAsStringAsync();
        var providers = await (await _organizer.GetAsync("api/payments/payment-provider")).ShouldBeOkAsync<List<PaymentProviderDto>>();

        json.ShouldNotContain(StripeStandIn.SecretKey);
        json.ShouldNotContain(StripeStandIn.WebhookSecret);
        var stripe = providers.Single(p => p.Provider == PaymentProviderNames.Stripe);
        stripe.HasSecretKey.ShouldBeTrue();
        stripe.HasWebhookSecret.ShouldBeTrue();
        stripe.WebhookPath.ShouldBe($"/payments/webhooks/stripe/{TestData.OrgASlug}");
    }

    /// <summary>An order for one 25 EUR ticket whose buyer was sent to Stripe; returns the order and its checkout session.</summary>
    private async Task<(OrderDto Order, string Session)> OrderAtStripeAsync(string title)
    {
        var (@event, type) = await _organizer.PaidEventAsync(title);
        await _organizer.ConnectStripeAsync();
        var order = await _buyer.OrderAsync(TestData.OrgASlug, @event, type);
        order.Status.ShouldBe(OrderStatus.PendingPayment);
        var redirect = await _buyer.GetAsync(PaymentsApi.PayPath(TestData.OrgASlug, order));
        redirect.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = redirect.Headers.Location!.OriginalString;
        location.ShouldStartWith(factory.Stripe.Url + "/pay/cs_test_");
        return (order, location[(location.LastIndexOf('/') + 1)..]);
    }

    /// <summary>An order paid at Stripe, the buyer back on the site: the order confirmed and its payment succeeded.</summary>
    private async Task<(OrderDto Order, PaymentDto Payment)> PaidAtStripeAsync(string title)
    {
        var (order, session) = await OrderAtStripeAsync(title);
        factory.Stripe.Pay(session);
        (await _buyer.GetAsync(ReturnPath(session))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (order, (await _organizer.PaymentsOfAsync(order.Id)).Single());
    }

    private string ReturnPath(string session)
    {
        var url = (string)factory.Stripe.Session(session)["success_url"]!;
        return new Uri(url).PathAndQuery;
    }
}
