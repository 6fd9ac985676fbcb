using System.Globalization;
using System.Net.Http.Json;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.Events;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Events.Sessions;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Localization;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.E2E.Events.Public;

/// <summary>A branded organization with a published two-day conference, created through the organizer API.</summary>
public static class PublicEventSeed
{
    public sealed record Seeded(string Organization, EventDto Event, string FirstSession);

    public static async Task<Seeded> SeedConferenceAsync(this E2EFactory app)
    {
        var slug = "northwind-" + Guid.NewGuid().ToString("N")[..8];
        var organization = await (await Client(app, TestData.UserA, null)
                .PostAsJsonAsync("api/identity/my-organizations", new CreateOrganizationInput("Northwind Tech", slug)))
            .ShouldBeOkAsync<MyOrganizationDto>();
        var owner = Client(app, TestData.UserA, organization.Id);
        (await owner.PutAsJsonAsync("api/identity/organization-settings",
                new UpdateOrganizationSettingsInput("Northwind Tech", "#0f766e", "#b45309", null, null, "Europe/Berlin", "EUR", "en")))
            .EnsureSuccessStatusCode();

        var start = new DateTime(DateTime.UtcNow.Year + 1, 9, 17, 9, 0, 0);
        var input = new EventInput("Northwind Data Summit", EventType.Conference, EventFormat.Hybrid, start, start.AddDays(1).AddHours(8),
            "Europe/Berlin",
            Summary: "Two days of talks and workshops on data platforms, analytics and the people who run them.",
            DescriptionMarkdown: "## What to expect\n\nTalks from practitioners, **hands-on workshops** and plenty of time to meet peers.\n\n- Data platforms\n- Analytics engineering\n- Privacy by design",
            Location: new EventLocationDto("KOMED Congress Center", "Im Mediapark 7", "Köln", "50670", "DE", 50.9487, 6.9446),
            OnlineUrl: "https://meet.example.test/northwind-live",
            Contact: new EventContactDto("Lena Fischer", "events@northwind.example", "+49 221 555 0100"),
            CustomFields: [new CustomFieldDto("Language", "English"), new CustomFieldDto("Dress code", "Casual")],
            Tags: ["data", "analytics", "cloud"]);
        var created = await (await owner.PostAsJsonAsync("api/events/event", input)).ShouldBeOkAsync<EventDto>();
        var published = await (await owner.PostAsync($"api/events/event/{created.Id}/publish", null)).ShouldBeOkAsync<EventDto>();
        var meetup = await (await owner.PostAsJsonAsync("api/events/event", input with
        {
            Title = "Northwind Analytics Meetup", Format = EventFormat.InPerson, OnlineUrl = null, Summary = "An evening of lightning talks.",
            StartLocal = start.AddDays(40).AddHours(9), EndLocal = start.AddDays(40).AddHours(12),
        })).ShouldBeOkAsync<EventDto>();
        (await owner.PostAsync($"api/events/event/{meetup.Id}/publish", null)).EnsureSuccessStatusCode();

        await AddAgendaAsync(app, organization.Id, published);
        return new Seeded(slug, published, "Opening keynote: Data that lasts");
    }

    // The factory's clients default to http://localhost; the E2E host listens on its own loopback port.
    private static HttpClient Client(E2EFactory app, Guid user, Guid? organization)
    {
        var client = app.CreateClientFor(user, organization);
        client.BaseAddress = new Uri(app.BaseUrl);
        return client;
    }

    /// <summary>The agenda goes straight through the domain: the agenda API belongs to another part of the module.</summary>
    private static Task AddAgendaAsync(E2EFactory app, Guid organization, EventDto e) =>
        app.InTenantAsync(organization, async sp =>
        {
            var db = sp.GetRequiredService<EventsDbContext>();
            var ada = Person("Ada Lovelace", "Principal Engineer", "Analytical Engines", "Ada writes about *computing* and its limits.");
            var grace = Person("Grace Hopper", "Rear Admiral", "US Navy", "Grace built the first compiler.");
            var alan = Person("Alan Turing", "Researcher", "Bletchley Park", null);
            db.Speakers.AddRange(ada, grace, alan);
            var day1 = e.StartsAt;
            var day2 = e.StartsAt.AddDays(1);
            db.Sessions.AddRange(
                Session(e, "Opening keynote: Data that lasts", day1, 60, "Main hall", "Why data platforms outlive the teams that build them.", (ada, SpeakerRole.Speaker)),
                Session(e, "Analytics engineering in practice", day1.AddHours(1.5), 45, "Room 2", null, (grace, SpeakerRole.Speaker), (alan, SpeakerRole.Moderator)),
                Session(e, "Hands-on: privacy by design", day1.AddHours(4), 90, "Workshop room", "Bring a laptop.", (alan, SpeakerRole.Host)),
                Session(e, "Panel: the next ten years", day2, 60, "Main hall", null, (ada, SpeakerRole.Panelist), (grace, SpeakerRole.Panelist)),
                Cancelled(Session(e, "Lightning talks", day2.AddHours(2), 45, "Room 2", null)));
            await db.SaveChangesAsync();
        });

    private static Speaker Person(string name, string title, string company, string? bio)
    {
        var speaker = new Speaker(name);
        speaker.Change(name, title, company, bio, [new SocialLink("Website", "https://example.org/" + name.Split(' ')[0].ToLowerInvariant())]);
        return speaker;
    }

    private static Session Session(EventDto e, string title, DateTimeOffset startsAt, int minutes, string room, string? description,
        params (Speaker Speaker, SpeakerRole Role)[] speakers)
    {
        var session = new Session(e.Id, title, startsAt, startsAt.AddMinutes(minutes));
        session.Change(title, description, room, null, []);
        session.SetSpeakers(speakers.Select(s => (s.Speaker.Id, s.Role)));
        return session;
    }

    private static Session Cancelled(Session session)
    {
        session.Cancel("Moved to next year");
        return session;
    }

    /// <summary>A text of the Events module's resource, as its pages show it in <paramref name="culture"/>.</summary>
    public static string EventsText(this E2EFactory app, string culture, string key)
    {
        var text = app.Services.GetRequiredService<JsonLocalizationStore>().Find(typeof(EventsResource), key, CultureInfo.GetCultureInfo(culture));
        text.ShouldNotBeNull($"Localization/Events/{culture}.json has no text {key}");
        return text;
    }
}
