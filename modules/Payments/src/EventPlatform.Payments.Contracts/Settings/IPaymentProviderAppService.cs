using EventPlatform.Platform.Application;

namespace EventPlatform.Payments.Settings;

/// <summary>
/// The current organization's payment providers (<c>api/payments/payment-provider</c>): Stripe, PayPal and offline,
/// each switched on or off. Secrets are write-only: the API says whether one is stored, never what it is.
/// </summary>
public interface IPaymentProviderAppService : IApplicationService
{
    Task<IReadOnlyList<PaymentProviderDto>> GetListAsync();

    /// <param name="id">The provider: <c>stripe</c>, <c>paypal</c> or <c>offline</c>.</param>
    Task<PaymentProviderDto> UpdateAsync(string id, UpdatePaymentProviderInput input);
}

/// <param name="WebhookPath">Where to point the provider's webhooks, relative to the site's origin.</param>
/// <param name="PaymentDays">Offline only: days a buyer has to pay before the order is cancelled and its seats go back
/// (never later than the event's start); null: no deadline (paid at the venue).</param>
public sealed record PaymentProviderDto(
    string Provider,
    bool IsEnabled,
    bool IsLive,
    string? PublicKey,
    bool HasSecretKey,
    bool HasWebhookSecret,
    string? WebhookPath,
    int? PaymentDays = null);

/// <param name="SecretKey">Stripe's secret key or PayPal's client secret; null or empty keeps the stored one.</param>
/// <param name="WebhookSecret">Stripe's endpoint signing secret or PayPal's webhook id; null or empty keeps the stored one.</param>
/// <param name="PaymentDays">Offline only: days to pay, 1 to <see cref="PaymentsConsts.MaxOfflinePaymentDays"/>; null: no
/// deadline. Ignored for the online providers, whose deadline is <c>Ticketing:OnlinePaymentMinutes</c>.</param>
public sealed record UpdatePaymentProviderInput(bool IsEnabled, bool IsLive = false, string? PublicKey = null, string? SecretKey = null, string? WebhookSecret = null,
    int? PaymentDays = null);
