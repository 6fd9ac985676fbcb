namespace EventPlatform.Ticketing.Domain;

public enum HoldStatus
{
    /// <summary>Counts in the quota's <c>held</c> until it expires.</summary>
    Held,

    /// <summary>Counts in the quota's <c>sold</c>.</summary>
    Sold,

    /// <summary>Given back: expired, cancelled, or all its units refunded.</summary>
    Released,
}
