namespace EventPlatform.Events.Sessions;

public enum SpeakerRole
{
    Speaker,
    Moderator,
    Panelist,
    Host,
}
