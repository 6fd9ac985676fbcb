namespace EventPlatform.Events;

/// <summary>Error codes of the Events module; each is also the localization key of its message.</summary>
public static class EventsErrorCodes
{
    public const string EventNotFound = "Events:EventNotFound";
}
