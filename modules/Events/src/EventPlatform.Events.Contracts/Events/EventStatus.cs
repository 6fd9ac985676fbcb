namespace EventPlatform.Events.Events;

/// <summary>Draft -> Published -> (Draft again on unpublish); Archived from either, restored to Draft.</summary>
public enum EventStatus
{
    Draft,
    Published,
    Archived,
}
