namespace EventPlatform.Events.Speakers;

public sealed record SpeakerInput(
    string Name,
    string? Title = null,
    string? Company = null,
    string? BioMarkdown = null,
    IReadOnlyList<SocialLinkDto>? SocialLinks = null);
