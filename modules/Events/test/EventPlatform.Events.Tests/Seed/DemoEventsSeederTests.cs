using EventPlatform.Events.Data;
using EventPlatform.Events.Events;
using EventPlatform.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Tests.Seed;

/// <summary>run.sh serves Development with the demo organization: it must show published events at once.</summary>
[Collection(EventsCollection.Name)]
public sealed class DemoEventsSeederTests(EventsTestFactory factory)
{
    [Fact]
    public async Task Should_give_the_demo_organization_published_upcoming_events_once()
    {
        await using var development = factory.WithWebHostBuilder(b => b.UseEnvironment("Development").UseSetting("Seed:Demo", "true").UseSetting("Jobs:Enabled", "false"));
        var migrator = development.Services.GetRequiredService<DatabaseMigrator>();
        await migrator.MigrateAsync();
        await migrator.MigrateAsync();

        var demoId = EventPlatform.Identity.Services.DemoOrganizationSeeder.DemoOrganizationId;
        var events = await factory.InTenantAsync(demoId, sp => sp.GetRequiredService<EventsDbContext>().Events.AsNoTracking().ToListAsync());
        var sessions = await factory.InTenantAsync(demoId, sp => sp.GetRequiredService<EventsDbContext>().Sessions.CountAsync());

        events.Count.ShouldBe(4);
        events.ShouldAllBe(e => e.Status == EventStatus.Published && e.StartsAt > DateTimeOffset.UtcNow);
        events.Select(e => e.Type).ShouldBe([EventType.Conference, EventType.Workshop, EventType.Webinar, EventType.Meetup], ignoreOrder: true);
        sessions.ShouldBe(3);
    }
}
