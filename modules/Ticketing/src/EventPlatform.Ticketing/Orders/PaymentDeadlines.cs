namespace EventPlatform.Ticketing.Orders;

/// <summary>When an unpaid order is cancelled and its seats go back (<see cref="Domain.Order.PaymentDueAt"/>).</summary>
public static class PaymentDeadlines
{
    /// <summary>
    /// An offline order placed at <paramref name="now"/>: after the organization's days to pay, never after the event starts;
    /// none when the organization set none or the event has begun (paid at the door).
    /// </summary>
    public static DateTimeOffset? Offline(DateTimeOffset now, TimeSpan? term, DateTimeOffset eventStartsAt)
    {
        if (term is not { } days) return null;
        var due = now + days < eventStartsAt ? now + days : eventStartsAt;
        return due > now ? due : null;
    }
}
