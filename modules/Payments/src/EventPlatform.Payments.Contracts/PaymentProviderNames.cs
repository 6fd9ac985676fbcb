namespace EventPlatform.Payments;

/// <summary>The payment providers an organization can switch on; each is also a payment method name on orders.</summary>
public static class PaymentProviderNames
{
    public const string Stripe = "stripe";

    public const string PayPal = "paypal";

    public static readonly IReadOnlyList<string> All = [Stripe, PayPal];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name);
}
