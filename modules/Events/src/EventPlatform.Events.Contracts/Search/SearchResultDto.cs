using EventPlatform.Events.Events;

namespace EventPlatform.Events.Search;

public sealed record SearchResultDto(long TotalCount, IReadOnlyList<SearchHitDto> Items);

public sealed record SearchHitDto(
    Guid EventId,
    string OrganizationSlug,
    string OrganizationName,
    string Title,
    string Slug,
    string? Summary,
    EventType Type,
    EventFormat Format,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? City,
    IReadOnlyList<string> Tags,
    string? CoverImageUrl);

public sealed record AutocompleteItemDto(Guid EventId, string Title, string OrganizationSlug, string Slug);
