namespace EventPlatform.Ticketing.Checkout;

public static class CheckoutConsts
{
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxLinesPerReservation = 20;
    public const int MaxNameLength = 120;
    public const int MaxEmailLength = 254;
    public const int MaxPhoneLength = 20;
}
