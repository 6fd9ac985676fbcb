namespace EventPlatform.Events.Sessions;

public sealed record SessionSpeakerInput(Guid SpeakerId, SpeakerRole Role = SpeakerRole.Speaker);
