using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Domain;

namespace EventPlatform.Ticketing.Orders;

/// <summary>
/// What a buyer may do with their order on their own (organizers are not bound by it): until the event starts, free
/// orders and unpaid offline orders may be cancelled outright; paid orders may only ask for a refund, which the
/// organizer or the payment integration then handles. After the start nothing changes any more.
/// </summary>
public static class OrderCancellationPolicy
{
    public static AttendeeCancellation Decide(Order order, DateTimeOffset eventStartsAt, DateTimeOffset now)
    {
        if (order.Status == OrderStatus.Cancelled || now >= eventStartsAt) return AttendeeCancellation.Closed;
        if (order.Total == 0 || (order.PaymentMethod == PaymentMethods.Offline && order.Status == OrderStatus.PendingPayment))
        {
            return AttendeeCancellation.Cancel;
        }

        return AttendeeCancellation.RequestRefund;
    }

    /// <summary>Tickets may be transferred until the event starts, as long as the order stands.</summary>
    public static bool CanChangeTickets(Order order, DateTimeOffset eventStartsAt, DateTimeOffset now) =>
        order.Status != OrderStatus.Cancelled && now < eventStartsAt;
}

public enum AttendeeCancellation
{
    /// <summary>The event started or the order is cancelled already.</summary>
    Closed,

    Cancel,

    /// <summary>Money was paid: the buyer may ask for it back; the order stands until the organizer refunds.</summary>
    RequestRefund,
}
