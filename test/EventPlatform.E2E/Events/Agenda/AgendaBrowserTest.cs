using EventPlatform.E2E.Infrastructure;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.E2E.Events.Agenda;

/// <summary>Browser tests of the agenda pages, on an event of organization A that runs on 10 June 2027, 09:00–17:00 in Berlin.</summary>
public abstract class AgendaBrowserTest(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    protected static readonly DateTime EventDay = new(2027, 6, 10);

    /// <summary>A draft event stored directly: the event editor's pages are not what these tests are about.</summary>
    protected Task<Guid> NewEventAsync(string title) =>
        App.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<EventsDbContext>();
            var zone = EventSchedule.FindZone("Europe/Berlin");
            var @event = new Event(title, $"agenda-{Guid.NewGuid():N}"[..20], EventType.Conference, EventFormat.InPerson,
                EventSchedule.ToUtc(EventDay.AddHours(9), zone), EventSchedule.ToUtc(EventDay.AddHours(17), zone), zone.Id);
            db.Events.Add(@event);
            await db.SaveChangesAsync();
            return @event.Id;
        });

    /// <summary>A minimal PDF: its signature and a catalog object.</summary>
    protected static byte[] Pdf() => "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
}
