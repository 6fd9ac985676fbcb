using EventPlatform.Events.Sessions;

namespace EventPlatform.Events.Pages.Manage.Agenda;

/// <summary>The session editor's fields, bound from the form; times are local to the event's time zone.</summary>
public sealed class SessionForm
{
    public string? Title { get; set; }
    public DateTime? StartLocal { get; set; }
    public DateTime? EndLocal { get; set; }
    public string? Room { get; set; }
    public int? Capacity { get; set; }
    public string? Tags { get; set; }
    public string? Description { get; set; }
    public List<SpeakerRow> Speakers { get; set; } = [];
    public Guid? AddSpeakerId { get; set; }
    public SpeakerRole AddRole { get; set; }

    public SessionInput ToInput() => new(
        Title ?? "", StartLocal ?? default, EndLocal ?? default, Description, Room, Capacity,
        (Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>Linked speakers the organizer kept, in order, then the one being added.</summary>
    public List<SessionSpeakerInput> ToSpeakers()
    {
        var speakers = Speakers.Where(s => !s.Remove).Select(s => new SessionSpeakerInput(s.SpeakerId, s.Role)).ToList();
        if (AddSpeakerId is { } added && speakers.All(s => s.SpeakerId != added)) speakers.Add(new SessionSpeakerInput(added, AddRole));
        return speakers;
    }

    public static SessionForm From(SessionDto session) => new()
    {
        Title = session.Title,
        StartLocal = session.StartLocal,
        EndLocal = session.EndLocal,
        Room = session.Room,
        Capacity = session.Capacity,
        Tags = string.Join(", ", session.Tags),
        Description = session.Description,
        Speakers = session.Speakers.Select(s => new SpeakerRow { SpeakerId = s.SpeakerId, Name = s.Name, Role = s.Role }).ToList(),
    };

    public sealed class SpeakerRow
    {
        public Guid SpeakerId { get; set; }
        public string? Name { get; set; }
        public SpeakerRole Role { get; set; }
        public bool Remove { get; set; }
    }
}
