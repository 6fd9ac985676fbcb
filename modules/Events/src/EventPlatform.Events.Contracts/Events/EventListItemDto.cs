namespace EventPlatform.Events.Events;

public sealed record EventListItemDto(
    Guid Id,
    string Title,
    string Slug,
    EventType Type,
    EventFormat Format,
    EventVisibility Visibility,
    EventStatus Status,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? City,
    Guid? SeriesId,
    bool IsDeleted);
