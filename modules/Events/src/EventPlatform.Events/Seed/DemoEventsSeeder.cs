using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Events.Services;
using EventPlatform.Events.Sessions;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Events.Seed;

/// <summary>
/// In Development, gives the demo organization a few published events (a two-day conference with an agenda and
/// speakers, a workshop, a webinar, a meetup) so a newcomer sees real pages after <c>etc/scripts/run.sh</c>.
/// Runs once: skipped when the demo organization already has events, or when <c>Seed:Demo</c> is false.
/// </summary>
public sealed class DemoEventsSeeder(
    EventsDbContext db,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    PublicListingWriter listings,
    IConfiguration configuration,
    IHostEnvironment environment,
    TimeProvider clock) : IDataSeeder
{
    private const string Zone = "Europe/Berlin";

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!environment.IsDevelopment() || !configuration.GetValue("Seed:Demo", true)) return;
        if (await tenants.FindBySlugAsync(OrganizationConsts.DemoSlug, cancellationToken) is not { } demo) return;

        using var scope = currentTenant.Change(demo.Id);
        if (await db.Events.IgnoreQueryFilters([DataFilters.SoftDelete]).AnyAsync(cancellationToken)) return;

        var zone = EventSchedule.FindZone(Zone);
        var firstMonday = NextMonday(EventSchedule.ToLocal(clock.GetUtcNow(), zone).Date.AddDays(30));
        var speakers = new[]
        {
            Speaker("Amara Okafor", "Principal Engineer", "Northwind", "Builds event pipelines that survive Black Friday."),
            Speaker("Lukas Brenner", "Head of Data", "Contoso", "Writes about **PostgreSQL** and honest dashboards."),
            Speaker("Sofía Navarro", "Developer Advocate", "Fabrikam", "Loves accessible interfaces and good coffee."),
        };
        db.Speakers.AddRange(speakers);

        var summit = Add("Data & Events Summit", EventType.Conference, EventFormat.Hybrid, firstMonday.AddHours(9), firstMonday.AddDays(1).AddHours(17), zone,
            "Two days of talks on data platforms, live analytics and running events at scale.",
            "## What to expect\n\nKeynotes, deep dives and a hallway track with the people who build event platforms.\n\n- Live analytics\n- Scaling ticket sales\n- Accessible check-in",
            new EventLocationDto("KölnKongress Gürzenich", "Martinstraße 29–37", "Köln", "50667", "DE", 50.9364, 6.9580), "https://meet.example.com/summit",
            ["data", "analytics", "postgresql"]);
        AddSession(summit, "Opening keynote: the on-sale stampede", firstMonday.AddHours(9.5), 1, "Main hall", speakers[0], zone);
        AddSession(summit, "PostgreSQL for live dashboards", firstMonday.AddHours(11), 1, "Room 2", speakers[1], zone);
        AddSession(summit, "Check-in that works offline", firstMonday.AddDays(1).AddHours(10), 1, "Main hall", speakers[2], zone);

        Add("Hands-on workshop: Accessible forms", EventType.Workshop, EventFormat.InPerson, firstMonday.AddDays(9).AddHours(14), firstMonday.AddDays(9).AddHours(18), zone,
            "Build registration forms everyone can use, with screen readers and keyboards.",
            "Bring a laptop. We pair up and fix real forms together.",
            new EventLocationDto("Coworking Rheinauhafen", "Agrippinawerft 22", "Köln", "50678", "DE"), null, ["accessibility", "ux"]);
        Add("Webinar: Selling out without overselling", EventType.Webinar, EventFormat.Online, firstMonday.AddDays(15).AddHours(17), firstMonday.AddDays(15).AddHours(18), zone,
            "How guarded updates keep ticket quotas honest under load.", null, null, "https://meet.example.com/webinar", ["ticketing"]);
        Add("Cologne Event Tech Meetup", EventType.Meetup, EventFormat.InPerson, firstMonday.AddDays(22).AddHours(19), firstMonday.AddDays(22).AddHours(21.5), zone,
            "Lightning talks, pizza and people who run events.", null,
            new EventLocationDto("Café Schmitz", "Schaafenstraße 12", "Köln", "50676", "DE"), null, ["meetup", "community"]);

        await db.SaveChangesAsync(cancellationToken);
        foreach (var @event in db.ChangeTracker.Entries<Event>().Select(e => e.Entity).ToList())
        {
            await listings.QueueAsync(@event, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private Event Add(string title, EventType type, EventFormat format, DateTime startLocal, DateTime endLocal, TimeZoneInfo zone,
        string summary, string? description, EventLocationDto? location, string? onlineUrl, string[] tags)
    {
        var (startsAt, endsAt) = EventSchedule.ToUtcRange(startLocal, endLocal, zone);
        var @event = new Event(title, Text.Slugs.From(title), type, format, startsAt, endsAt, zone.Id);
        @event.ChangeDetails(title, type, format, EventVisibility.Public, summary, description, onlineUrl, false, tags);
        @event.ChangeLocation(location);
        @event.ChangeContact(new EventContactDto("Demo Events Co.", "hello@demo.eventplatform.local"), []);
        @event.Publish(clock.GetUtcNow());
        db.Events.Add(@event);
        return @event;
    }

    private void AddSession(Event @event, string title, DateTime startLocal, double hours, string room, Speaker speaker, TimeZoneInfo zone)
    {
        var (startsAt, endsAt) = EventSchedule.ToUtcRange(startLocal, startLocal.AddHours(hours), zone);
        var session = new Session(@event.Id, title, startsAt, endsAt);
        session.Change(title, null, room, 200, []);
        session.SetSpeakers([(speaker.Id, SpeakerRole.Speaker)]);
        db.Sessions.Add(session);
    }

    private static Speaker Speaker(string name, string title, string company, string bio)
    {
        var speaker = new Speaker(name);
        speaker.Change(name, title, company, bio, []);
        return speaker;
    }

    private static DateTime NextMonday(DateTime day) => day.AddDays(((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7);
}
