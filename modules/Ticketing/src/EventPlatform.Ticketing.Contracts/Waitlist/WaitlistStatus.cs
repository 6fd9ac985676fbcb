namespace EventPlatform.Ticketing.Waitlist;

public enum WaitlistStatus
{
    Waiting,

    /// <summary>A seat is held for the person until the offer expires.</summary>
    Offered,

    /// <summary>The person booked the offered seat.</summary>
    Booked,

    /// <summary>The offer ran out; the seat went to the next person.</summary>
    Expired,

    Removed,
}
