using EventPlatform.Events.Events;

namespace EventPlatform.Events.Public;

/// <summary>An event as a card on the organization's page: enough to choose it, not the whole agenda.</summary>
public sealed record PublicEventCardDto(
    Guid Id,
    string OrganizationSlug,
    string Title,
    string Slug,
    EventType Type,
    EventFormat Format,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Summary,
    string? Venue,
    string? City,
    IReadOnlyList<string> Tags,
    string? CoverImageUrl);
