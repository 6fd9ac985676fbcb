using EventPlatform.Events.Events;
using EventPlatform.Events.Public;
using EventPlatform.Events.Public.Calendars;
using EventPlatform.Events.Public.Seo;
using EventPlatform.Events.Sessions;
using EventPlatform.Identity.Organizations;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Public;

/// <summary>An event's public page (<c>/o/{tenant}/e/{slug}</c>): branded, with agenda, speakers, calendars and SEO tags.</summary>
public sealed class PublicEventPageModel(IPublicEventAppService events, IOrganizationBrandingProvider branding) : PageModel
{
    public PublicEventDto Event { get; private set; } = null!;
    public PublicBrand Brand { get; private set; } = null!;
    public EventTimes Times { get; private set; } = null!;
    public IReadOnlyList<AgendaDay> Agenda { get; private set; } = [];
    public Uri CanonicalUrl { get; private set; } = null!;
    public Uri OrganizationUrl { get; private set; } = null!;
    public Uri? ImageUrl { get; private set; }
    public string JsonLd { get; private set; } = "";
    public string? LocationText { get; private set; }

    /// <summary>Crawlers stay away from unlisted events and from events the organizer hid from search engines.</summary>
    public bool NoIndex => Event.HideFromSearchEngines || Event.Visibility != EventVisibility.Public;

    public string Description => Event.Summary ?? Truncate(Event.DescriptionText, 200) ?? Event.Title;
    public string CalendarPath => $"/o/{Event.OrganizationSlug}/e/{Event.Slug}/calendar.ics";
    public string FeedPath => $"/o/{Event.OrganizationSlug}/calendar.ics";
    public string GoogleLink => CalendarLinks.Google(Event.Title, Event.StartsAt, Event.EndsAt, Event.TimeZone, CalendarDetails, LocationText);
    public string OutlookLink => CalendarLinks.Outlook(Event.Title, Event.StartsAt, Event.EndsAt, CalendarDetails, LocationText);

    /// <summary>OpenStreetMap at the event's point, or a search for its address; a link only, the page loads nothing from there.</summary>
    public string? MapLink => Event.Location switch
    {
        { Latitude: { } lat, Longitude: { } lon } =>
            FormattableString.Invariant($"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"),
        { } => "https://www.openstreetmap.org/search?query=" + Uri.EscapeDataString(LocationText ?? ""),
        null => null,
    };

    private string CalendarDetails => $"{Event.Summary}\n\n{CanonicalUrl}".Trim();

    public async Task OnGetAsync(string tenant, string slug)
    {
        Event = await events.GetAsync(tenant, slug);
        Brand = new PublicBrand(await branding.GetCurrentAsync(HttpContext.RequestAborted), Event.OrganizationName);
        Times = new EventTimes(Event.TimeZone);
        Agenda = Event.Sessions
            .GroupBy(s => Times.Local(s.StartsAt).Date)
            .OrderBy(g => g.Key)
            .Select(g => new AgendaDay(g.Key, g.First().StartsAt, g.ToList()))
            .ToList();
        CanonicalUrl = PublicUrls.Event(Request, Event.OrganizationSlug, Event.Slug);
        OrganizationUrl = PublicUrls.Organization(Request, Event.OrganizationSlug);
        ImageUrl = PublicUrls.Absolute(Request, Event.CoverImageUrl);
        LocationText = Event.Location is { } l
            ? string.Join(", ", new[] { l.Venue, l.Address, string.Join(' ', new[] { l.PostalCode, l.City }.Where(p => p is not null)), l.CountryCode }
                .Where(p => !string.IsNullOrWhiteSpace(p)))
            : null;
        JsonLd = EventJsonLd.Write(Event, CanonicalUrl, OrganizationUrl, ImageUrl);
    }

    /// <summary>Cuts at a word boundary for meta descriptions, which search engines shorten anyway.</summary>
    private static string? Truncate(string? text, int length)
    {
        if (text is null || text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length - 1);
        return text[..(cut > 0 ? cut : length)] + "…";
    }
}

/// <summary>The sessions of one day of the agenda, in the event's time zone.</summary>
public sealed record AgendaDay(DateTime Date, DateTimeOffset FirstStart, IReadOnlyList<PublicSessionDto> Sessions);
