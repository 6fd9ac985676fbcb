using EventPlatform.E2E.Infrastructure;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.TestBase;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Quotas;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EventPlatform.E2E.Ticketing.Organizer;

/// <summary>Browser tests of the organizer's ticket set-up, on an event of organization A on 10 June 2027 in Berlin.</summary>
public abstract class OrganizerBrowserTest(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    /// <summary>A draft event stored directly: the event editor's pages are not what these tests are about.</summary>
    protected Task<Guid> NewEventAsync(string title) =>
        App.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<EventsDbContext>();
            var zone = EventSchedule.FindZone("Europe/Berlin");
            var day = new DateTime(2027, 6, 10);
            var @event = new Event(title, $"tix-{Guid.NewGuid():N}"[..20], EventType.Conference, EventFormat.InPerson,
                EventSchedule.ToUtc(day.AddHours(9), zone), EventSchedule.ToUtc(day.AddHours(17), zone), zone.Id);
            db.Events.Add(@event);
            await db.SaveChangesAsync();
            return @event.Id;
        });

    /// <summary>A ticket type stored directly (with its own quota row, as the service makes it), for pages that need one to exist.</summary>
    protected Task<Guid> NewTicketTypeAsync(Guid eventId, string name, decimal price = 25m, int quantity = 50) =>
        App.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<TicketingDbContext>();
            var type = new TicketType(eventId, name, price, "EUR");
            type.SetQuantity(quantity);
            db.TicketTypes.Add(type);
            var own = new Quota(eventId, QuotaKind.TicketType, name, quantity, ticketTypeId: type.Id);
            db.Quotas.Add(own);
            db.QuotaTicketTypes.Add(new QuotaTicketType(own.Id, type.Id));
            await db.SaveChangesAsync();
            return type.Id;
        });

    /// <summary>The page fits a 390 px phone without scrolling sideways.</summary>
    protected static async Task ShouldFitThePhoneAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var innerWidth = await page.EvaluateAsync<int>("() => window.innerWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(innerWidth);
    }
}
