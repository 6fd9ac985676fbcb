namespace EventPlatform.Ticketing.Orders;

public static class OrderConsts
{
    /// <summary><c>REG-YYYYMMDD-XXXXXX</c>: the day of the order (UTC) and six characters of Crockford base 32.</summary>
    public const string NumberPattern = "^REG-[0-9]{8}-[0-9A-HJKMNP-TV-Z]{6}$";

    public const int NumberLength = 19;

    /// <summary>Ticket codes are 26 characters of Crockford base 32: 128 random bits.</summary>
    public const int TicketCodeLength = 26;

    public const int AccessTokenLength = 32;
}
