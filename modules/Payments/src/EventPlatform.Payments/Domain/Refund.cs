using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Payments.Providers;

namespace EventPlatform.Payments.Domain;

/// <summary>Money given back from a payment, written with its idempotency key before the provider is asked.</summary>
public sealed class Refund : AuditedEntity, IMultiTenant
{
    private Refund()
    {
    }

    public Refund(Guid paymentId, Guid orderId, decimal amount, string currency, string? reason, string? providerReference = null)
    {
        PaymentId = paymentId;
        OrderId = orderId;
        Amount = amount;
        Currency = currency;
        Reason = reason;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        ProviderReference = providerReference;
        Status = ProviderRefundStatus.Pending;
    }

    public Guid TenantId { get; private set; }
    public Guid PaymentId { get; private set; }
    public Guid OrderId { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = null!;
    public string? Reason { get; private set; }
    public string IdempotencyKey { get; private set; } = null!;
    public string? ProviderReference { get; private set; }
    public ProviderRefundStatus Status { get; private set; }

    /// <summary>A refund made at the provider (its dashboard), booked from its notification: it went through already.</summary>
    public static Refund MadeAtProvider(Guid paymentId, Guid orderId, decimal amount, string currency, string reference)
    {
        var refund = new Refund(paymentId, orderId, amount, currency, "refunded at the provider", reference);
        refund.Status = ProviderRefundStatus.Succeeded;
        return refund;
    }

    public void Answered(ProviderRefund refund)
    {
        ProviderReference = refund.Reference;
        Status = refund.Status;
    }
}
