using EventPlatform.Events.Events;
using EventPlatform.Platform.Events;

namespace EventPlatform.Events.Public;

/// <summary>
/// Raised whenever what the public may see of an event changes (published, edited while published, unpublished,
/// archived, deleted). <see cref="Listing"/> is null when the event is no longer listed publicly; handlers
/// (the search index, the calendar feed) then drop it. Raised in the event's tenant.
/// </summary>
public sealed record PublicEventChanged(Guid PublicEventId, Guid OrganizationId, PublicEventListing? Listing) : IntegrationEvent;

/// <summary>What the directory and search need of a published public event.</summary>
public sealed record PublicEventListing(
    Guid EventId,
    Guid OrganizationId,
    string OrganizationSlug,
    string OrganizationName,
    string Title,
    string Slug,
    string? Summary,
    string? DescriptionText,
    EventType Type,
    EventFormat Format,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string? Venue,
    string? City,
    string? CountryCode,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> SpeakerNames,
    string? CoverImageUrl);
