using EventPlatform.Events.Sessions;
using EventPlatform.Platform.Domain;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Events.Domain;

/// <summary>A session of an event's agenda: its own times, room, capacity, speakers and files.</summary>
public sealed class Session : AuditedEntity, IMultiTenant
{
    private Session()
    {
    }

    public Session(Guid eventId, string title, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        EventId = eventId;
        Title = title;
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public string Title { get; private set; } = null!;
    public string? Description { get; private set; }
    public string? Room { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public int? Capacity { get; private set; }
    public string[] Tags { get; private set; } = [];
    public bool IsCancelled { get; private set; }
    public string? CancellationReason { get; private set; }
    public int Sequence { get; private set; }
    public List<SessionSpeaker> Speakers { get; private set; } = [];
    public List<SessionAttachment> Attachments { get; private set; } = [];

    public void Change(string title, string? description, string? room, int? capacity, IEnumerable<string> tags)
    {
        Title = title;
        Description = description;
        Room = room;
        Capacity = capacity;
        Tags = tags.ToArray();
        Sequence++;
    }

    /// <summary>New times; the caller has checked they fall within the event (<see cref="EventManager"/>).</summary>
    public void Reschedule(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        if (endsAt <= startsAt) throw new BusinessException(EventsErrorCodes.EndBeforeStart);
        StartsAt = startsAt;
        EndsAt = endsAt;
        IsCancelled = false;
        CancellationReason = null;
        Sequence++;
    }

    public void Cancel(string? reason)
    {
        IsCancelled = true;
        CancellationReason = reason;
        Sequence++;
    }

    public void SetSpeakers(IEnumerable<(Guid SpeakerId, SpeakerRole Role)> speakers)
    {
        Speakers.Clear();
        var position = 0;
        foreach (var (speakerId, role) in speakers.DistinctBy(s => s.SpeakerId))
        {
            Speakers.Add(new SessionSpeaker(Id, speakerId, role, position++));
        }

        Sequence++;
    }
}
