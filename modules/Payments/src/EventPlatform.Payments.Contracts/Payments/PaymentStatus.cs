namespace EventPlatform.Payments.Payments;

public enum PaymentStatus
{
    /// <summary>Written with its idempotency key; the provider may or may not have heard of it yet.</summary>
    Created,

    /// <summary>The provider knows it; waiting for the buyer.</summary>
    Pending,

    /// <summary>Money taken (refunds, if any, are counted in <c>RefundedAmount</c>).</summary>
    Succeeded,

    /// <summary>Declined, abandoned, expired or voided: nothing was taken.</summary>
    Failed,
}
