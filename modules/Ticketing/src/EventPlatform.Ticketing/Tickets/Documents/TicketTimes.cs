using System.Globalization;

namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>An event's start and end as its attendees read them: in the event's own time zone, formatted for the culture.</summary>
public static class TicketTimes
{
    /// <summary>"Saturday, 12 June 2027, 19:00 – 23:00 (Europe/Berlin)"; both dates when the event spans days.</summary>
    public static string Format(DateTimeOffset startsAt, DateTimeOffset endsAt, string timeZone, CultureInfo culture)
    {
        var zone = FindZone(timeZone);
        var start = TimeZoneInfo.ConvertTime(startsAt, zone);
        var end = TimeZoneInfo.ConvertTime(endsAt, zone);
        var startText = $"{start.ToString("D", culture)}, {start.ToString("t", culture)}";
        var endText = start.Date == end.Date
            ? end.ToString("t", culture)
            : $"{end.ToString("D", culture)}, {end.ToString("t", culture)}";
        return $"{startText} – {endText} ({zone.Id})";
    }

    /// <summary>The IANA zone; UTC when the id is unknown here, so a document still shows a correct instant.</summary>
    public static TimeZoneInfo FindZone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
