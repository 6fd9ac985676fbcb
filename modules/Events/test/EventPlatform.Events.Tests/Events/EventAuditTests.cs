using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Platform.Auditing;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Events;

[Collection(EventsCollection.Name)]
public sealed class EventAuditTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_write_every_change_of_an_event_to_the_audit_log()
    {
        var created = await Admin.CreateEventAsync();
        await (await Admin.PutAsJsonAsync($"{EventApi.Route}/{created.Id}", EventApi.Sample("Renamed"))).ShouldBeOkAsync<EventDto>();
        await Admin.PostEventActionAsync(created.Id, "publish");
        await Admin.PostEventActionAsync(created.Id, "archive");
        await Admin.PostEventActionAsync(created.Id, "restore");
        (await Admin.DeleteAsync($"{EventApi.Route}/{created.Id}")).EnsureSuccessStatusCode();
        await Admin.PostEventActionAsync(created.Id, "undelete");
        (await Admin.DeleteAsync($"{EventApi.Route}/{created.Id}")).EnsureSuccessStatusCode();
        (await factory.CreateClientFor(TestData.UserA, TestData.OrgA).PostAsJsonAsync($"{EventApi.Route}/{created.Id}/purge", new PurgeEventInput(created.Slug)))
            .EnsureSuccessStatusCode();

        var actions = await EventRows.AuditActionsAsync(factory, "events.events", created.Id);

        actions.ShouldBe([
            AuditActions.Insert, AuditActions.Update, AuditActions.Update, AuditActions.Update, AuditActions.Update,
            AuditActions.SoftDelete, AuditActions.Update, AuditActions.SoftDelete, AuditActions.Delete,
        ]);
    }
}
