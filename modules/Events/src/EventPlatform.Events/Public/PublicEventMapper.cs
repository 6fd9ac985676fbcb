using EventPlatform.Events.Events;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Speakers;
using EventPlatform.Events.Text;

namespace EventPlatform.Events.Public;

/// <summary>Turns a <see cref="PublicEventView"/> into what visitors may see; the online URL stays out.</summary>
internal static class PublicEventMapper
{
    public static PublicEventDto ToDto(PublicEventView view)
    {
        var e = view.Event;
        var sessions = view.Sessions.Select(s => new PublicSessionDto(
            s.Id, s.Title, MarkdownText.ToHtml(s.Description), s.Room, s.StartsAt, s.EndsAt, s.Tags, s.IsCancelled, s.Sequence,
            s.Speakers.OrderBy(l => l.Position)
                .Where(l => view.Speakers.ContainsKey(l.SpeakerId))
                .Select(l => new SessionSpeakerDto(l.SpeakerId, view.Speakers[l.SpeakerId].Name, l.Role))
                .ToList())).ToList();
        // Speakers in the order they first appear on the agenda.
        var speakers = view.Sessions.SelectMany(s => s.Speakers.OrderBy(l => l.Position))
            .Select(l => l.SpeakerId).Distinct()
            .Where(view.Speakers.ContainsKey)
            .Select(id => view.Speakers[id])
            .Select(s => new SpeakerDto(s.Id, s.Name, s.Title, s.Company, s.BioMarkdown, MarkdownText.ToHtml(s.BioMarkdown), view.SpeakerPhotoUrls.GetValueOrDefault(s.Id),
                s.SocialLinks.Select(l => new SocialLinkDto(l.Network, l.Url)).ToList()))
            .ToList();
        return new PublicEventDto(
            e.Id, view.Organization.Id, view.Organization.Slug, view.Organization.Name, e.Title, e.Slug, e.Type, e.Format, e.Visibility,
            e.StartsAt, e.EndsAt, e.TimeZone, e.Summary, MarkdownText.ToHtml(e.DescriptionMarkdown), MarkdownText.ToPlainText(e.DescriptionMarkdown),
            e.Location, e.Contact, e.CustomFields.Select(f => new CustomFieldDto(f.Name, f.Value)).ToList(), e.Tags,
            e.HideFromSearchEngines, view.CoverImageUrl, e.Sequence, e.ModifiedAt ?? e.CreatedAt, sessions, speakers);
    }
}
