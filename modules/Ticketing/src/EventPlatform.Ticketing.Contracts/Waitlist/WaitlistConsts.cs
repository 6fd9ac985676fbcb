namespace EventPlatform.Ticketing.Waitlist;

public static class WaitlistConsts
{
    public const int MinQuantity = 1;

    public const int MaxQuantity = 10;
}
