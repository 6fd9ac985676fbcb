namespace EventPlatform.CheckIn;

/// <summary>Error codes of the Check-in module; each is also the localization key of its message.</summary>
public static class CheckInErrorCodes
{
    public const string TicketNotFound = "CheckIn:TicketNotFound";
}
