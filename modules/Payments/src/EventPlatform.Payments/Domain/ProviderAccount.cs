using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Payments.Domain;

/// <summary>
/// One organization's account at a payment provider: whether checkout offers it and the keys to use it. Secrets are
/// stored encrypted with ASP.NET Data Protection (<see cref="Services.ProviderSecrets"/>), masked in the audit log and
/// never returned by any API.
/// </summary>
public sealed class ProviderAccount : AuditedEntity, IMultiTenant
{
    private ProviderAccount()
    {
    }

    public ProviderAccount(string provider)
    {
        Provider = provider;
        if (provider == PaymentMethods.Offline) PaymentDays = PaymentsConsts.DefaultOfflinePaymentDays;
    }

    public Guid TenantId { get; private set; }

    /// <summary><see cref="PaymentProviderNames"/> or <c>offline</c>.</summary>
    public string Provider { get; private set; } = null!;

    public bool IsEnabled { get; private set; }

    /// <summary>False: the provider's test mode (test keys, sandbox).</summary>
    public bool IsLive { get; private set; }

    /// <summary>Stripe's publishable key, PayPal's client id: not secret.</summary>
    public string? PublicKey { get; private set; }

    /// <summary>Offline only: days a buyer has to pay (never past the event's start); null: no deadline.</summary>
    public int? PaymentDays { get; private set; }

    [NotAudited]
    public string? ProtectedSecretKey { get; private set; }

    /// <summary>Stripe's endpoint signing secret; PayPal's webhook id (not secret, but kept alike).</summary>
    [NotAudited]
    public string? ProtectedWebhookSecret { get; private set; }

    public bool HasSecretKey => !string.IsNullOrEmpty(ProtectedSecretKey);

    public bool HasWebhookSecret => !string.IsNullOrEmpty(ProtectedWebhookSecret);

    public void Configure(bool isEnabled, bool isLive, string? publicKey)
    {
        IsEnabled = isEnabled;
        IsLive = isLive;
        PublicKey = string.IsNullOrWhiteSpace(publicKey) ? null : publicKey.Trim();
    }

    /// <summary>The days to pay of an organization's offline account: its setting, or the default when it never saved one.</summary>
    public static int? OfflinePaymentDaysOf(ProviderAccount? offline) => offline is null ? PaymentsConsts.DefaultOfflinePaymentDays : offline.PaymentDays;

    /// <summary>Offline only: the days a buyer has to pay, or null for no deadline.</summary>
    public void PayWithin(int? days) =>
        PaymentDays = days is null or (>= 1 and <= PaymentsConsts.MaxOfflinePaymentDays)
            ? days
            : throw new BusinessException(PaymentsErrorCodes.PaymentDaysOutOfRange, 422).WithData("max", PaymentsConsts.MaxOfflinePaymentDays);

    /// <summary>Replaces the stored secrets that are given (already protected); null keeps what is stored.</summary>
    public void ChangeSecrets(string? protectedSecretKey, string? protectedWebhookSecret)
    {
        if (protectedSecretKey is not null) ProtectedSecretKey = protectedSecretKey;
        if (protectedWebhookSecret is not null) ProtectedWebhookSecret = protectedWebhookSecret;
    }
}
