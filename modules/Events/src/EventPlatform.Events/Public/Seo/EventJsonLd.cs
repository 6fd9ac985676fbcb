using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventPlatform.Events.Events;

namespace EventPlatform.Events.Public.Seo;

/// <summary>
/// schema.org <c>Event</c> JSON-LD of a public event. Serialized by System.Text.Json, whose default encoder writes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as \u escapes, so no text (a title with <c>&lt;/script&gt;</c>) can end the script element.
/// </summary>
public static class EventJsonLd
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Write(PublicEventDto e, Uri pageUrl, Uri organizationUrl, Uri? imageUrl)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(e.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = e.Title,
            ["url"] = pageUrl.ToString(),
            ["startDate"] = Local(e.StartsAt, zone),
            ["endDate"] = Local(e.EndsAt, zone),
            ["eventAttendanceMode"] = "https://schema.org/" + e.Format switch
            {
                EventFormat.Online => "OnlineEventAttendanceMode",
                EventFormat.Hybrid => "MixedEventAttendanceMode",
                _ => "OfflineEventAttendanceMode",
            },
            ["eventStatus"] = "https://schema.org/EventScheduled",
            ["organizer"] = new JsonObject
            {
                ["@type"] = "Organization",
                ["name"] = e.OrganizationName,
                ["url"] = organizationUrl.ToString(),
            },
        };
        if ((e.Summary ?? e.DescriptionText) is { Length: > 0 } description) json["description"] = description;
        if (imageUrl is not null) json["image"] = new JsonArray(imageUrl.ToString());
        if (Location(e) is { } location) json["location"] = location;
        return json.ToJsonString(Options);
    }

    /// <summary>ISO 8601 with the offset the event's zone has at that instant: <c>2027-06-10T09:00:00+02:00</c>.</summary>
    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static JsonNode? Location(PublicEventDto e)
    {
        var place = e.Location is { } l && e.Format != EventFormat.Online ? Place(l) : null;
        // The join link is for ticket holders: the virtual location says "online" and nothing more.
        var virtualLocation = e.Format != EventFormat.InPerson ? new JsonObject { ["@type"] = "VirtualLocation" } : null;
        return (place, virtualLocation) switch
        {
            ({ } p, { } v) => new JsonArray(p, v),
            ({ } p, null) => p,
            (null, { } v) => v,
            _ => null,
        };
    }

    private static JsonObject Place(EventLocationDto l)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (l.Address is { } street) address["streetAddress"] = street;
        if (l.City is { } city) address["addressLocality"] = city;
        if (l.PostalCode is { } postal) address["postalCode"] = postal;
        if (l.CountryCode is { } country) address["addressCountry"] = country;
        var place = new JsonObject { ["@type"] = "Place", ["name"] = l.Venue, ["address"] = address };
        if (l.Latitude is { } lat && l.Longitude is { } lon)
        {
            place["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = lat, ["longitude"] = lon };
        }

        return place;
    }
}
