namespace EventPlatform.Payments;

/// <summary>Configuration section <c>Payments</c>: where the providers' APIs are and how long to wait for them.</summary>
public sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary>Stripe's API origin; empty means Stripe's own (<c>https://api.stripe.com</c>). Tests and benchmarks point it at a local stand-in.</summary>
    public string? StripeApiBase { get; set; }

    /// <summary>PayPal's API origin for test-mode accounts.</summary>
    public string PayPalSandboxApiBase { get; set; } = "https://api-m.sandbox.paypal.com";

    /// <summary>PayPal's API origin for live accounts.</summary>
    public string PayPalLiveApiBase { get; set; } = "https://api-m.paypal.com";

    /// <summary>Seconds one call to a provider may take before it counts as failed (and is retried with the same idempotency key).</summary>
    public double ProviderTimeoutSeconds { get; set; } = 20;

    /// <summary>How long a provider's checkout stays payable (Stripe allows 30 minutes to 24 hours).</summary>
    public int CheckoutMinutes { get; set; } = 30;

    /// <summary>Seconds between reconciliation passes that ask providers about payments still open; 0 turns them off on this node.</summary>
    public int ReconcileSeconds { get; set; } = 60;

    /// <summary>An open payment is asked about once it is this many minutes old (the buyer may still be at the provider before).</summary>
    public int ReconcileAfterMinutes { get; set; } = 5;

    /// <summary>How old a webhook's signature may be, in seconds; older ones are refused as replays.</summary>
    public int WebhookToleranceSeconds { get; set; } = 300;
}
