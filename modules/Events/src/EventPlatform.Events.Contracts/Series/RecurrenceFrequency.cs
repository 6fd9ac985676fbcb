namespace EventPlatform.Events.Series;

public enum RecurrenceFrequency
{
    Weekly,
    Monthly,

    /// <summary>Any RFC 5545 RRULE the organizer writes.</summary>
    Custom,
}
