namespace EventPlatform.Ticketing.Orders;

/// <summary>An order as its buyer sees it, with the event it is for and what the buyer may still do.</summary>
/// <param name="CanCancel">The cancellation policy allows cancelling now (free or unpaid offline, event not started).</param>
/// <param name="CanRequestRefund">Paid, not started, no refund requested yet: cancelling means asking for the money back.</param>
/// <param name="CanChangeTickets">Tickets may still be transferred or cancelled (order valid, event not started).</param>
public sealed record AttendeeOrderDto(
    OrderDto Order,
    string OrganizationSlug,
    string OrganizationName,
    string EventTitle,
    string EventSlug,
    DateTimeOffset EventStartsAt,
    DateTimeOffset EventEndsAt,
    string EventTimeZone,
    string? EventLocation,
    bool CanCancel,
    bool CanRequestRefund,
    bool CanChangeTickets);
