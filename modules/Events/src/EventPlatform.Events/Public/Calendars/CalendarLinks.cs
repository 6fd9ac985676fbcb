using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace EventPlatform.Events.Public.Calendars;

/// <summary>"Add to calendar" links of Google Calendar and Outlook.com, built from the event (links only, nothing is fetched).</summary>
public static class CalendarLinks
{
    public static string Google(string title, DateTimeOffset startsAt, DateTimeOffset endsAt, string timeZone, string? details, string? location) =>
        QueryHelpers.AddQueryString("https://calendar.google.com/calendar/render", Without(new Dictionary<string, string?>
        {
            ["action"] = "TEMPLATE",
            ["text"] = title,
            ["dates"] = $"{Compact(startsAt)}/{Compact(endsAt)}",
            ["ctz"] = timeZone,
            ["details"] = details,
            ["location"] = location,
        }));

    public static string Outlook(string title, DateTimeOffset startsAt, DateTimeOffset endsAt, string? details, string? location) =>
        QueryHelpers.AddQueryString("https://outlook.live.com/calendar/0/action/compose", Without(new Dictionary<string, string?>
        {
            ["path"] = "/calendar/action/compose",
            ["rru"] = "addevent",
            ["subject"] = title,
            ["startdt"] = startsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["enddt"] = endsAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["body"] = details,
            ["location"] = location,
        }));

    private static string Compact(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static IEnumerable<KeyValuePair<string, string?>> Without(Dictionary<string, string?> values) =>
        values.Where(v => !string.IsNullOrWhiteSpace(v.Value));
}
