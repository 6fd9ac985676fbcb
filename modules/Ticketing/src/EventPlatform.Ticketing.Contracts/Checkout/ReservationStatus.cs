namespace EventPlatform.Ticketing.Checkout;

public enum ReservationStatus
{
    /// <summary>Holding its tickets until <c>ExpiresAt</c>.</summary>
    Active,
    Confirmed,
    Cancelled,
    Expired,
}
