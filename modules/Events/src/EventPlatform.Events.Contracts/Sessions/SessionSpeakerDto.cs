namespace EventPlatform.Events.Sessions;

public sealed record SessionSpeakerDto(Guid SpeakerId, string Name, SpeakerRole Role);
