using System.Globalization;

namespace EventPlatform.Events.Pages.Public;

/// <summary>Dates and times of an event as its page shows them: in the event's zone, in the reader's language.</summary>
public sealed class EventTimes(string timeZone)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).DateTime;

    public string Date(DateTimeOffset at) => Local(at).ToString("D", CultureInfo.CurrentCulture);

    public string Time(DateTimeOffset at) => Local(at).ToString("t", CultureInfo.CurrentCulture);

    public string ShortDate(DateTimeOffset at) => Local(at).ToString("ddd, d MMM", CultureInfo.CurrentCulture);

    /// <summary>"Europe/Berlin (UTC+02:00)": the zone by name, with the offset it has at <paramref name="at"/>.</summary>
    public string ZoneName(DateTimeOffset at)
    {
        var offset = Zone.GetUtcOffset(at);
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{Zone.Id} (UTC{sign}{offset.Duration():hh\\:mm})";
    }

    public bool SameDay(DateTimeOffset start, DateTimeOffset end) => Local(start).Date == Local(end.AddTicks(-1)).Date;

    /// <summary>Machine-readable time for <c>&lt;time datetime&gt;</c>, with the zone's offset.</summary>
    public string Iso(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
