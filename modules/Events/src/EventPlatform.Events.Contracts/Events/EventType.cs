namespace EventPlatform.Events.Events;

public enum EventType
{
    Conference,
    Workshop,
    Webinar,
    Meetup,
    Other,
}
