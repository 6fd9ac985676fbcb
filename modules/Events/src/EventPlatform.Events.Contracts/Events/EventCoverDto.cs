namespace EventPlatform.Events.Events;

public sealed record EventCoverDto(string Url, string ContentType, long Length);
