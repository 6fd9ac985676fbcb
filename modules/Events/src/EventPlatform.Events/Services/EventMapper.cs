using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Events.Text;

namespace EventPlatform.Events.Services;

internal static class EventMapper
{
    public static EventDto ToDto(Event e, string? coverUrl) => new(
        e.Id, e.Title, e.Slug, e.Type, e.Format, e.Visibility, e.Status, e.StartsAt, e.EndsAt, e.TimeZone,
        EventSchedule.ToLocal(e.StartsAt, e.TimeZone), EventSchedule.ToLocal(e.EndsAt, e.TimeZone),
        e.Summary, e.DescriptionMarkdown, MarkdownText.ToHtml(e.DescriptionMarkdown), e.Location, e.OnlineUrl, e.Contact,
        e.CustomFields.Select(f => new CustomFieldDto(f.Name, f.Value)).ToList(), e.Tags, e.HideFromSearchEngines, coverUrl,
        e.SeriesId, e.Sequence, e.PublishedAt, e.CreatedAt, e.ModifiedAt, e.IsDeleted);

    public static EventListItemDto ToListItem(Event e) => new(
        e.Id, e.Title, e.Slug, e.Type, e.Format, e.Visibility, e.Status, e.StartsAt, e.EndsAt, e.TimeZone, e.City, e.SeriesId, e.IsDeleted);
}
