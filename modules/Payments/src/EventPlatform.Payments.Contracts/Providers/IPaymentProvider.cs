namespace EventPlatform.Payments.Providers;

/// <summary>
/// One payment service provider (Stripe, PayPal) behind the same five moves. Every call that changes money carries an
/// idempotency key the caller stored before calling, so a retry after a timeout is the same request to the provider.
/// Implementations hold no state: the organization's credentials come with each call.
/// </summary>
public interface IPaymentProvider
{
    /// <summary>The provider's name as stored on payments (<see cref="PaymentProviderNames"/>).</summary>
    string Name { get; }

    /// <summary>Starts a payment at the provider; the buyer is then sent to <see cref="ProviderPayment.RedirectUrl"/>.</summary>
    Task<ProviderPayment> CreateAsync(ProviderCredentials credentials, ProviderPaymentRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Settles what the buyer did at the provider: captures an approved payment where the provider needs that (PayPal),
    /// or reads its state (Stripe). Safe to call any number of times.
    /// </summary>
    Task<ProviderPayment> ConfirmAsync(ProviderCredentials credentials, ProviderPaymentReference payment, CancellationToken cancellationToken);

    /// <summary>Gives back <see cref="ProviderRefundRequest.Amount"/> of a captured payment (all of it or a part).</summary>
    Task<ProviderRefund> RefundAsync(ProviderCredentials credentials, ProviderRefundRequest request, CancellationToken cancellationToken);

    /// <summary>Makes a payment that was not completed impossible to complete (expires the provider's checkout).</summary>
    Task VoidAsync(ProviderCredentials credentials, ProviderPaymentReference payment, CancellationToken cancellationToken);

    /// <summary>
    /// Checks a webhook's signature with the organization's endpoint secret and reads it; null when the signature is
    /// wrong, too old or from another endpoint. Nothing may be trusted from a request this returns null for.
    /// </summary>
    Task<ProviderWebhook?> ReadWebhookAsync(ProviderCredentials credentials, ProviderWebhookRequest request, CancellationToken cancellationToken);
}

/// <param name="SecretKey">Stripe's secret key, PayPal's client secret.</param>
/// <param name="PublicKey">Stripe's publishable key, PayPal's client id.</param>
/// <param name="WebhookSecret">Stripe's endpoint signing secret (<c>whsec_…</c>), PayPal's webhook id.</param>
public sealed record ProviderCredentials(string SecretKey, string? PublicKey, string? WebhookSecret, bool IsLive)
{
    /// <summary>Never prints the secrets (records print every property by default).</summary>
    public override string ToString() => $"ProviderCredentials {{ PublicKey = {PublicKey}, IsLive = {IsLive} }}";
}

/// <param name="Amount">In the currency's major unit (euros, not cents).</param>
/// <param name="ExpiresAt">When the provider's checkout should stop accepting the payment.</param>
public sealed record ProviderPaymentRequest(
    Guid PaymentId,
    string IdempotencyKey,
    decimal Amount,
    string Currency,
    string Description,
    string OrderNumber,
    string? BuyerEmail,
    string ReturnUrl,
    string CancelUrl,
    DateTimeOffset ExpiresAt,
    string Locale);

/// <param name="Reference">The provider's id of the payment (Stripe checkout session, PayPal order).</param>
/// <param name="IdempotencyKey">The payment's stored key; calls derive their own keys from it.</param>
public sealed record ProviderPaymentReference(Guid PaymentId, string Reference, string IdempotencyKey);

public enum ProviderPaymentStatus
{
    /// <summary>Waiting for the buyer (or for an approved payment to be captured).</summary>
    Pending,

    /// <summary>The money is taken.</summary>
    Succeeded,

    /// <summary>Declined, abandoned or expired: nothing was taken and nothing will be.</summary>
    Failed,
}

/// <param name="Reference">The provider's id of the payment.</param>
/// <param name="CaptureReference">What a refund points at (Stripe payment intent, PayPal capture); set once the money is taken.</param>
/// <param name="AmountReceived">What the provider says it took, in the major unit.</param>
public sealed record ProviderPayment(
    string Reference,
    ProviderPaymentStatus Status,
    string? RedirectUrl = null,
    string? CaptureReference = null,
    decimal? AmountReceived = null,
    string? FailureReason = null);

public sealed record ProviderRefundRequest(string CaptureReference, decimal Amount, string Currency, string IdempotencyKey, string? Reason);

public enum ProviderRefundStatus
{
    Pending,
    Succeeded,
    Failed,
}

public sealed record ProviderRefund(string Reference, ProviderRefundStatus Status);

/// <param name="Headers">The request's headers, names case-insensitive.</param>
/// <param name="Body">The raw body exactly as received: signatures are over these bytes.</param>
public sealed record ProviderWebhookRequest(IReadOnlyDictionary<string, string> Headers, string Body);

public enum ProviderWebhookKind
{
    /// <summary>Something this platform does not act on; acknowledged and kept.</summary>
    Other,

    /// <summary>The buyer paid (or approved, for providers that need a capture).</summary>
    PaymentCompleted,

    /// <summary>The checkout expired or the payment failed.</summary>
    PaymentFailed,

    /// <summary>Money went back (a refund made here or in the provider's dashboard).</summary>
    Refunded,
}

/// <param name="EventId">The provider's unique id of this notification; a second delivery carries the same id.</param>
/// <param name="PaymentReference">The payment's <see cref="ProviderPayment.Reference"/>, when the event is about one.</param>
/// <param name="CaptureReference">The captured payment the event is about (a refund's charge), when known.</param>
/// <param name="PaymentId">Our payment's id when the provider carried it back (Stripe's client reference).</param>
/// <param name="Payment">The payment's state as the signed notification states it, when the provider's notifications are
/// authoritative (Stripe); null when the payment must be confirmed with the provider first (PayPal's approval needs a capture).</param>
/// <param name="RefundedTotal">For <see cref="ProviderWebhookKind.Refunded"/>: everything refunded of the payment so far, in the major
/// unit, when the provider says (Stripe's <c>amount_refunded</c>); refunds made in the provider's dashboard are booked from it.</param>
public sealed record ProviderWebhook(
    string EventId,
    string Type,
    ProviderWebhookKind Kind,
    string? PaymentReference,
    string? CaptureReference = null,
    Guid? PaymentId = null,
    ProviderPayment? Payment = null,
    decimal? RefundedTotal = null);
