namespace EventPlatform.Ticketing;

/// <summary>Error codes of the Ticketing module; each is also the localization key of its message.</summary>
public static class TicketingErrorCodes
{
    public const string SoldOut = "Ticketing:SoldOut";
}
