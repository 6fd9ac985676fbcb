namespace EventPlatform.CheckIn;

/// <summary>Error codes of the Check-in module; each is also the localization key of its message.</summary>
public static class CheckInErrorCodes
{
    public const string TicketNotFound = "CheckIn:TicketNotFound";
    public const string EventNotFound = "CheckIn:EventNotFound";
    public const string ListNotFound = "CheckIn:ListNotFound";
    public const string SessionNotFound = "CheckIn:SessionNotFound";
    public const string ListInUse = "CheckIn:ListInUse";
    public const string ScanNotFound = "CheckIn:ScanNotFound";

    /// <summary>The scan was undone already, or was not an admission that can be taken back.</summary>
    public const string ScanNotUndoable = "CheckIn:ScanNotUndoable";

    /// <summary>Staff may undo only their own scans; supervisors any.</summary>
    public const string ScanOfSomeoneElse = "CheckIn:ScanOfSomeoneElse";
}
