namespace EventPlatform.Ticketing.Orders;

public enum TicketStatus
{
    Valid,

    /// <summary>Cancelled by the attendee or the organizer; its seat went back to the quotas.</summary>
    Cancelled,
}
