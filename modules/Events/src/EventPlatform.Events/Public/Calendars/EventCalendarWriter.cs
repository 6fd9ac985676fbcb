using EventPlatform.Events.Domain;
using EventPlatform.Events.Text;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace EventPlatform.Events.Public.Calendars;

/// <summary>
/// iCalendar files of events and sessions. UIDs are the entities' ids, so an edited event replaces the one already in
/// someone's calendar, and SEQUENCE is the entity's own counter, which rises on every public change.
/// </summary>
public sealed class EventCalendarWriter(TimeProvider clock)
{
    public const string ContentType = "text/calendar";
    private const string UidDomain = "eventplatform";

    public static string UidOf(Guid id) => $"{id}@{UidDomain}";

    /// <summary>One event as a single calendar entry, pointing back to its public page.</summary>
    public string Write(Event e, Uri pageUrl, string organizationName) =>
        Serialize(organizationName, EntryOf(e, pageUrl));

    /// <summary>One session of <paramref name="e"/>; a cancelled session carries <c>STATUS:CANCELLED</c>.</summary>
    public string Write(Event e, Session session, Uri pageUrl, string organizationName)
    {
        var entry = NewEntry(session.Id, session.Sequence, session.StartsAt, session.EndsAt, session.ModifiedAt ?? session.CreatedAt, pageUrl);
        entry.Summary = $"{session.Title} · {e.Title}";
        entry.Description = MarkdownText.ToPlainText(session.Description);
        entry.Location = string.Join(", ", new[] { session.Room, LocationOf(e) }.Where(p => !string.IsNullOrWhiteSpace(p)));
        entry.Status = session.IsCancelled ? "CANCELLED" : "CONFIRMED";
        return Serialize(organizationName, entry);
    }

    /// <summary>The organization's feed: every publicly listed event, for calendar apps that subscribe.</summary>
    public string WriteFeed(IEnumerable<(Event Event, Uri PageUrl)> events, string organizationName) =>
        Serialize(organizationName, events.Select(x => EntryOf(x.Event, x.PageUrl)).ToArray());

    /// <summary>"Venue, address, postal code city, country" or null when the event has no place.</summary>
    public static string? LocationOf(Event e)
    {
        if (e.VenueName is null) return null;
        var cityLine = string.Join(' ', new[] { e.PostalCode, e.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return string.Join(", ", new[] { e.VenueName, e.Address, cityLine, e.CountryCode }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private CalendarEvent EntryOf(Event e, Uri pageUrl)
    {
        var entry = NewEntry(e.Id, e.Sequence, e.StartsAt, e.EndsAt, e.ModifiedAt ?? e.CreatedAt, pageUrl);
        entry.Summary = e.Title;
        entry.Description = string.Join("\n\n", new[] { e.Summary, MarkdownText.ToPlainText(e.DescriptionMarkdown), pageUrl.ToString() }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
        entry.Location = LocationOf(e);
        if (e.Latitude is { } lat && e.Longitude is { } lon) entry.GeographicLocation = new GeographicLocation(lat, lon);
        entry.Categories = e.Tags.ToList();
        entry.Status = "CONFIRMED";
        return entry;
    }

    private CalendarEvent NewEntry(Guid id, int sequence, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset modifiedAt, Uri pageUrl) => new()
    {
        Uid = UidOf(id),
        Sequence = sequence,
        // UTC times: every calendar app reads them the same way, no VTIMEZONE needed.
        Start = new CalDateTime(startsAt.UtcDateTime),
        End = new CalDateTime(endsAt.UtcDateTime),
        DtStamp = new CalDateTime(clock.GetUtcNow().UtcDateTime),
        LastModified = new CalDateTime(modifiedAt.UtcDateTime),
        Url = pageUrl,
    };

    private static string Serialize(string organizationName, params CalendarEvent[] entries)
    {
        var calendar = new IcalCalendar { ProductId = "-//EventPlatform//Events//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", organizationName);
        calendar.Events.AddRange(entries);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
