using EventPlatform.Events.Domain;
using EventPlatform.Events.Sessions;

namespace EventPlatform.Events.Services.Agenda;

internal static class SessionMapper
{
    public static SessionDto ToDto(Session s, Event e, IReadOnlyDictionary<Guid, string> speakerNames) => new(
        s.Id, s.EventId, s.Title, s.Description, s.Room, s.StartsAt, s.EndsAt,
        EventSchedule.ToLocal(s.StartsAt, e.TimeZone), EventSchedule.ToLocal(s.EndsAt, e.TimeZone),
        s.Capacity, s.Tags, s.IsCancelled, s.CancellationReason, s.Sequence,
        s.Speakers.OrderBy(l => l.Position)
            .Select(l => new SessionSpeakerDto(l.SpeakerId, speakerNames.GetValueOrDefault(l.SpeakerId, ""), l.Role))
            .ToList(),
        s.Attachments.OrderBy(a => a.CreatedAt).ThenBy(a => a.FileName)
            .Select(ToDto)
            .ToList());

    public static SessionAttachmentDto ToDto(SessionAttachment a) => new(a.Id, a.FileName, a.ContentType, a.Length, a.CreatedAt);
}
