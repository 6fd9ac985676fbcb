namespace EventPlatform.Ticketing.Orders;

public enum OrderStatus
{
    /// <summary>Tickets are issued; the money is still to come (offline or a payment provider).</summary>
    PendingPayment,

    /// <summary>Free or paid.</summary>
    Confirmed,

    Cancelled,
}
