using EventPlatform.Events.Domain;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Events.Public;

/// <summary>A published event with what its public page, calendars and JSON-LD need, read inside its organization.</summary>
public sealed record PublicEventView(
    TenantInfo Organization,
    Event Event,
    IReadOnlyList<Session> Sessions,
    IReadOnlyDictionary<Guid, Speaker> Speakers,
    string? CoverImageUrl,
    IReadOnlyDictionary<Guid, string> SpeakerPhotoUrls);
