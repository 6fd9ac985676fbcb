namespace EventPlatform.Events.Events;

/// <summary>Public events are listed in the directory, sitemap and feeds; unlisted ones only open with their link.</summary>
public enum EventVisibility
{
    Public,
    Unlisted,
}
