using EventPlatform.Events.Events;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Speakers;

namespace EventPlatform.Events.Public;

/// <summary>A published event as anyone with its link sees it (no online URL: that is for ticket holders).</summary>
public sealed record PublicEventDto(
    Guid Id,
    Guid OrganizationId,
    string OrganizationSlug,
    string OrganizationName,
    string Title,
    string Slug,
    EventType Type,
    EventFormat Format,
    EventVisibility Visibility,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Summary,
    string? DescriptionHtml,
    string? DescriptionText,
    EventLocationDto? Location,
    EventContactDto? Contact,
    IReadOnlyList<CustomFieldDto> CustomFields,
    IReadOnlyList<string> Tags,
    bool HideFromSearchEngines,
    string? CoverImageUrl,
    int Sequence,
    DateTimeOffset? ModifiedAt,
    IReadOnlyList<PublicSessionDto> Sessions,
    IReadOnlyList<SpeakerDto> Speakers);

public sealed record PublicSessionDto(
    Guid Id,
    string Title,
    string? DescriptionHtml,
    string? Room,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<string> Tags,
    bool IsCancelled,
    int Sequence,
    IReadOnlyList<SessionSpeakerDto> Speakers);
