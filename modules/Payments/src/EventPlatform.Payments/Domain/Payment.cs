using EventPlatform.Payments.Payments;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Payments.Domain;

/// <summary>
/// One attempt to take an order's money through a provider. Written with its idempotency key before the provider is
/// called, so a retry is the same request there. Its status moves to <see cref="PaymentStatus.Succeeded"/> at most once,
/// by a guarded update (<see cref="Services.PaymentSettler"/>), never by this entity.
/// </summary>
public sealed class Payment : AuditedEntity, IMultiTenant
{
    private Payment()
    {
    }

    public Payment(Guid orderId, string orderNumber, string provider, decimal amount, string currency)
    {
        OrderId = orderId;
        OrderNumber = orderNumber;
        Provider = provider;
        Amount = amount;
        Currency = currency;
        Status = PaymentStatus.Created;
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }

    public Guid TenantId { get; private set; }
    public Guid OrderId { get; private set; }
    public string OrderNumber { get; private set; } = null!;
    public string Provider { get; private set; } = null!;
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = null!;
    public PaymentStatus Status { get; private set; }

    /// <summary>Sent with every call that creates or changes this payment at the provider; other calls derive theirs from it.</summary>
    public string IdempotencyKey { get; private set; } = null!;

    /// <summary>The provider's id (Stripe checkout session, PayPal order), once the provider answered.</summary>
    public string? ProviderReference { get; private set; }

    /// <summary>What refunds point at (Stripe payment intent, PayPal capture).</summary>
    public string? CaptureReference { get; private set; }

    /// <summary>Where the buyer pays at the provider.</summary>
    public string? RedirectUrl { get; private set; }

    public decimal RefundedAmount { get; private set; }
    public DateTimeOffset? SucceededAt { get; private set; }
    public DateTimeOffset? FailedAt { get; private set; }
    public string? FailureReason { get; private set; }

    /// <summary>When the provider was last asked about this payment (return page, webhook or reconciliation).</summary>
    public DateTimeOffset? CheckedAt { get; private set; }

    public bool IsOpen => Status is PaymentStatus.Created or PaymentStatus.Pending;

    public decimal Refundable => Status == PaymentStatus.Succeeded ? Amount - RefundedAmount : 0;

    public void Opened(string reference, string? redirectUrl, DateTimeOffset at)
    {
        ProviderReference = reference;
        RedirectUrl = redirectUrl ?? RedirectUrl;
        if (Status == PaymentStatus.Created) Status = PaymentStatus.Pending;
        CheckedAt = at;
    }

    public void Checked(DateTimeOffset at) => CheckedAt = at;

    public void Failed(string? reason, DateTimeOffset at)
    {
        if (!IsOpen) return;
        Status = PaymentStatus.Failed;
        FailureReason = reason is { Length: > 200 } ? reason[..200] : reason;
        FailedAt = at;
    }
}
