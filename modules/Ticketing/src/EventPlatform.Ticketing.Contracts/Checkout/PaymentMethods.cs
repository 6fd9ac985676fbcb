namespace EventPlatform.Ticketing.Checkout;

/// <summary>How a paid order is settled; the Payments module adds its providers' names.</summary>
public static class PaymentMethods
{
    public const string Free = "free";

    /// <summary>Paid at the venue; the order waits for payment and its tickets are issued at once.</summary>
    public const string Offline = "offline";

    public const int MaxLength = 40;
}
