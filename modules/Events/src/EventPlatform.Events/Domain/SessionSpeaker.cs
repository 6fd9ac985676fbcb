using EventPlatform.Events.Sessions;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Events.Domain;

/// <summary>Links a speaker to a session with a role, in the order the agenda shows them.</summary>
public sealed class SessionSpeaker : IMultiTenant
{
    private SessionSpeaker()
    {
    }

    public SessionSpeaker(Guid sessionId, Guid speakerId, SpeakerRole role, int position)
    {
        SessionId = sessionId;
        SpeakerId = speakerId;
        Role = role;
        Position = position;
    }

    public Guid TenantId { get; private set; }
    public Guid SessionId { get; private set; }
    public Guid SpeakerId { get; private set; }
    public SpeakerRole Role { get; private set; }
    public int Position { get; private set; }
}
