namespace EventPlatform.Ticketing.Checkout;

/// <summary>How a paid order is settled; the Payments module adds its providers' names.</summary>
public static class PaymentMethods
{
    public const string Free = "free";

    /// <summary>Paid at the venue; the order waits for payment and its tickets are issued at once.</summary>
    public const string Offline = "offline";

    public const int MaxLength = 40;

    /// <summary>Paid through a provider (the Payments module's names), not free and not offline.</summary>
    public static bool IsOnline(string method) => method is not (Free or Offline);

    /// <summary>An order whose money is due at a provider: the buyer can (still) pay it online, and its confirmation waits.</summary>
    public static bool AwaitsOnlinePayment(Orders.OrderStatus status, string method) => status == Orders.OrderStatus.PendingPayment && IsOnline(method);
}
