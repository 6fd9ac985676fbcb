namespace EventPlatform.Ticketing.Orders;

/// <summary>Error codes of registrations, the order link and the waitlist; each is also its localization key.</summary>
public static class OrderErrorCodes
{
    public const string CancellationClosed = "Orders:CancellationClosed";
    public const string PaidTicketNotCancellable = "Orders:PaidTicketNotCancellable";
    public const string OrderCancelled = "Orders:OrderCancelled";
    public const string TicketNotValid = "Orders:TicketNotValid";
    public const string NotPendingPayment = "Orders:NotPendingPayment";
    public const string WaitlistNotOpen = "Waitlist:NotOpen";
    public const string WaitlistAlreadyJoined = "Waitlist:AlreadyJoined";
    public const string WaitlistEntryNotFound = "Waitlist:EntryNotFound";
}
