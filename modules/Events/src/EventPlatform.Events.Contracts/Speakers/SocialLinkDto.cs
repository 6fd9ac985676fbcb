namespace EventPlatform.Events.Speakers;

/// <param name="Network">e.g. "LinkedIn", "Mastodon", "Website".</param>
public sealed record SocialLinkDto(string Network, string Url);
