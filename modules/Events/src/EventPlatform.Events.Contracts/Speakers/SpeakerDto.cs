namespace EventPlatform.Events.Speakers;

/// <summary>A speaker of the organization, reusable across its events.</summary>
public sealed record SpeakerDto(
    Guid Id,
    string Name,
    string? Title,
    string? Company,
    string? BioMarkdown,
    string? BioHtml,
    string? PhotoUrl,
    IReadOnlyList<SocialLinkDto> SocialLinks);
