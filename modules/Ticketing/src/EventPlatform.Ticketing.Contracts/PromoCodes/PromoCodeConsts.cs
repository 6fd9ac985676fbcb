namespace EventPlatform.Ticketing.PromoCodes;

public static class PromoCodeConsts
{
    public const int MinCodeLength = 4;
    public const int MaxCodeLength = 20;

    /// <summary>Letters and digits only; codes compare case-insensitively (stored upper-case).</summary>
    public const string CodePattern = "^[A-Za-z0-9]{4,20}$";

    public const int MaxUsageLimit = 1_000_000;
}
