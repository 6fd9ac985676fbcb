namespace EventPlatform.Events.Events;

/// <summary>Where an event happens: in person needs a venue, online needs a URL, hybrid needs both.</summary>
public enum EventFormat
{
    InPerson,
    Online,
    Hybrid,
}
