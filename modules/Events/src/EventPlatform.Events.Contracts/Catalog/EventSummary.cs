using EventPlatform.Events.Events;

namespace EventPlatform.Events.Catalog;

/// <param name="Location">Venue, address and city joined for display; null for online events.</param>
public sealed record EventSummary(
    Guid Id,
    string Slug,
    string Title,
    EventStatus Status,
    EventVisibility Visibility,
    EventFormat Format,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Location,
    IReadOnlyList<SessionSummary> Sessions)
{
    public bool IsPublished => Status == EventStatus.Published;
}

public sealed record SessionSummary(Guid Id, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int? Capacity, bool IsCancelled);
