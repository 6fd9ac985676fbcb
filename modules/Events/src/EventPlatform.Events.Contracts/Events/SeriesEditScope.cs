namespace EventPlatform.Events.Events;

public enum SeriesEditScope
{
    ThisOccurrence,
    ThisAndFollowing,
}
