namespace EventPlatform.Ticketing.TicketTypes;

/// <summary>Limits shared by validation, the entity and the database mapping.</summary>
public static class TicketTypeConsts
{
    public const int MaxNameLength = 120;
    public const int MaxDescriptionLength = 2000;
    public const int CurrencyLength = 3;
    public const int MaxQuantity = 1_000_000;
    public const int MaxPerOrderLimit = 100;
    public const int DefaultMaxPerOrder = 10;
    public const decimal MaxPrice = 1_000_000m;
}
