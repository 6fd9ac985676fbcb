using System.Globalization;
using EventPlatform.Payments.Providers;
using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;
using EventPlatform.Platform.Currencies;

namespace EventPlatform.Payments.Providers.Stripe;

/// <summary>
/// Stripe through Stripe.net: a Checkout Session per payment, so card details (and 3-D Secure) stay on Stripe's page;
/// webhooks verified with <see cref="EventUtility"/> and the organization's endpoint secret.
/// </summary>
public sealed class StripePaymentProvider(IHttpClientFactory httpClients, IOptions<PaymentsOptions> options, TimeProvider clock) : IPaymentProvider
{
    public const string HttpClientName = "stripe";

    public string Name => PaymentProviderNames.Stripe;

    public async Task<ProviderPayment> CreateAsync(ProviderCredentials credentials, ProviderPaymentRequest request, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string> { ["payment_id"] = request.PaymentId.ToString(), ["order_number"] = request.OrderNumber };
        var session = await new SessionService(Client(credentials)).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = request.PaymentId.ToString(),
            CustomerEmail = request.BuyerEmail,
            SuccessUrl = request.ReturnUrl,
            CancelUrl = request.CancelUrl,
            ExpiresAt = request.ExpiresAt.UtcDateTime,
            Locale = Locale(request.Locale),
            Metadata = metadata,
            PaymentIntentData = new SessionPaymentIntentDataOptions { Metadata = metadata, Description = request.Description },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = request.Currency.ToLowerInvariant(),
                        UnitAmount = MinorUnits.ToMinor(request.Amount, request.Currency),
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = request.Description },
                    },
                },
            ],
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
        return ToPayment(session);
    }

    public async Task<ProviderPayment> ConfirmAsync(ProviderCredentials credentials, ProviderPaymentReference payment, CancellationToken cancellationToken) =>
        ToPayment(await new SessionService(Client(credentials)).GetAsync(payment.Reference, cancellationToken: cancellationToken));

    public async Task<ProviderRefund> RefundAsync(ProviderCredentials credentials, ProviderRefundRequest request, CancellationToken cancellationToken)
    {
        var refund = await new RefundService(Client(credentials)).CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = request.CaptureReference,
            Amount = MinorUnits.ToMinor(request.Amount, request.Currency),
            Reason = "requested_by_customer",
            Metadata = request.Reason is null ? null : new Dictionary<string, string> { ["reason"] = request.Reason },
        }, new RequestOptions { IdempotencyKey = request.IdempotencyKey }, cancellationToken);
        return new ProviderRefund(refund.Id, refund.Status switch
        {
            "succeeded" => ProviderRefundStatus.Succeeded,
            "failed" or "canceled" => ProviderRefundStatus.Failed,
            _ => ProviderRefundStatus.Pending,
        });
    }

    public async Task VoidAsync(ProviderCredentials credentials, ProviderPaymentReference payment, CancellationToken cancellationToken)
    {
        var service = new SessionService(Client(credentials));
        var session = await service.GetAsync(payment.Reference, cancellationToken: cancellationToken);
        if (session.Status != "open") return;
        await service.ExpireAsync(payment.Reference, null, new RequestOptions { IdempotencyKey = payment.IdempotencyKey + ":expire" }, cancellationToken);
    }

    public Task<ProviderWebhook?> ReadWebhookAsync(ProviderCredentials credentials, ProviderWebhookRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(credentials.WebhookSecret) || !request.Headers.TryGetValue("Stripe-Signature", out var signature)) return Task.FromResult<ProviderWebhook?>(null);
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(request.Body, signature, credentials.WebhookSecret,
                tolerance: options.Value.WebhookToleranceSeconds, utcNow: clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            return Task.FromResult<ProviderWebhook?>(null);
        }

        return Task.FromResult<ProviderWebhook?>(Read(stripeEvent));
    }

    private static ProviderWebhook Read(Event stripeEvent)
    {
        switch (stripeEvent.Data.Object)
        {
            case Session session when stripeEvent.Type is "checkout.session.completed" or "checkout.session.async_payment_succeeded"
                or "checkout.session.expired" or "checkout.session.async_payment_failed":
                var payment = ToPayment(session);
                // A delayed payment (a bank debit) that failed leaves its session complete but unpaid: only this event says it failed.
                if (stripeEvent.Type == "checkout.session.async_payment_failed" && payment.Status == ProviderPaymentStatus.Pending)
                {
                    payment = payment with { Status = ProviderPaymentStatus.Failed, FailureReason = "payment failed" };
                }

                var kind = payment.Status switch
                {
                    ProviderPaymentStatus.Succeeded => ProviderWebhookKind.PaymentCompleted,
                    ProviderPaymentStatus.Failed => ProviderWebhookKind.PaymentFailed,
                    _ => ProviderWebhookKind.Other, // completed but still processing (a bank debit): its async_payment event follows
                };
                return new ProviderWebhook(stripeEvent.Id, stripeEvent.Type, kind, session.Id, session.PaymentIntentId,
                    Guid.TryParse(session.ClientReferenceId, out var id) ? id : null, payment);
            case Charge charge when stripeEvent.Type == "charge.refunded":
                return new ProviderWebhook(stripeEvent.Id, stripeEvent.Type, ProviderWebhookKind.Refunded, null, charge.PaymentIntentId,
                    RefundedTotal: MinorUnits.FromMinor(charge.AmountRefunded, charge.Currency ?? "eur"));
            default:
                return new ProviderWebhook(stripeEvent.Id, stripeEvent.Type, ProviderWebhookKind.Other, null);
        }
    }

    private static ProviderPayment ToPayment(Session session)
    {
        var status = session switch
        {
            { Status: "complete", PaymentStatus: "paid" } => ProviderPaymentStatus.Succeeded,
            { Status: "expired" } => ProviderPaymentStatus.Failed,
            _ => ProviderPaymentStatus.Pending,
        };
        var received = session.AmountTotal is { } total && status == ProviderPaymentStatus.Succeeded
            ? MinorUnits.FromMinor(total, session.Currency ?? "eur")
            : (decimal?)null;
        return new ProviderPayment(session.Id, status, session.Url, session.PaymentIntentId, received,
            status == ProviderPaymentStatus.Failed ? "checkout " + session.Status : null);
    }

    private StripeClient Client(ProviderCredentials credentials)
    {
        var http = new SystemNetHttpClient(httpClients.CreateClient(HttpClientName), maxNetworkRetries: 2, enableTelemetry: false);
        var apiBase = string.IsNullOrWhiteSpace(options.Value.StripeApiBase) ? null : options.Value.StripeApiBase.TrimEnd('/');
        return new StripeClient(credentials.SecretKey, httpClient: http, apiBase: apiBase);
    }

    /// <summary>Stripe's checkout speaks the buyer's language when it knows it; otherwise it picks from the browser.</summary>
    private static string Locale(string culture)
    {
        var language = culture.Split('-')[0].ToLower(CultureInfo.InvariantCulture);
        return language is "de" or "es" or "en" or "fr" or "it" or "nl" or "pt" or "pl" ? language : "auto";
    }
}
