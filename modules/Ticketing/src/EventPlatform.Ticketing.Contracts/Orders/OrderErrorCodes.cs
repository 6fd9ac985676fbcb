namespace EventPlatform.Ticketing.Orders;

/// <summary>Error codes of registrations, the order link and the waitlist; each is also its localization key (the
/// <c>Ticketing:</c> prefix is what finds the module's texts for a ProblemDetails message).</summary>
public static class OrderErrorCodes
{
    public const string CancellationClosed = "Ticketing:OrderCancellationClosed";
    public const string PaidTicketNotCancellable = "Ticketing:PaidTicketNotCancellable";
    public const string OrderCancelled = "Ticketing:OrderCancelled";
    public const string TicketNotValid = "Ticketing:TicketNotValid";
    public const string NotPendingPayment = "Ticketing:OrderNotPendingPayment";
    public const string WaitlistNotOpen = "Ticketing:WaitlistNotOpen";
    public const string WaitlistAlreadyJoined = "Ticketing:WaitlistAlreadyJoined";
    public const string WaitlistEntryNotFound = "Ticketing:WaitlistEntryNotFound";
}
