using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Platform.Application;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Events;

[Collection(EventsCollection.Name)]
public sealed class EventLifecycleTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    private HttpClient Owner => factory.CreateClientFor(TestData.UserA, TestData.OrgA);

    [Fact]
    public async Task Should_archive_and_restore_an_event_as_a_draft()
    {
        var published = await Admin.PostEventActionAsync((await Admin.CreateEventAsync()).Id, "publish");

        (await Admin.PostEventActionAsync(published.Id, "archive")).Status.ShouldBe(EventStatus.Archived);
        (await Admin.PostEventActionAsync(published.Id, "restore")).Status.ShouldBe(EventStatus.Draft);
    }

    [Fact]
    public async Task Should_answer_409_when_an_archived_event_is_edited()
    {
        var archived = await Admin.PostEventActionAsync((await Admin.CreateEventAsync()).Id, "archive");

        var response = await Admin.PutAsJsonAsync($"{EventApi.Route}/{archived.Id}", EventApi.Sample("Changed"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, EventsErrorCodes.EventArchived);
    }

    [Fact]
    public async Task Should_move_a_deleted_event_to_the_recycle_bin_and_bring_it_back()
    {
        var created = await Admin.CreateEventAsync();

        (await Admin.DeleteAsync($"{EventApi.Route}/{created.Id}")).EnsureSuccessStatusCode();
        (await ListAsync("")).ShouldNotContain(e => e.Id == created.Id);
        (await ListAsync("deleted=true")).ShouldContain(e => e.Id == created.Id && e.IsDeleted);

        await Admin.PostEventActionAsync(created.Id, "undelete");
        (await ListAsync("")).ShouldContain(e => e.Id == created.Id);
        (await ListAsync("deleted=true")).ShouldNotContain(e => e.Id == created.Id);
    }

    [Fact]
    public async Task Should_answer_403_when_an_admin_purges()
    {
        var deleted = await DeletedEventAsync();

        var response = await Admin.PostAsJsonAsync($"{EventApi.Route}/{deleted.Id}/purge", new PurgeEventInput(deleted.Slug));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_answer_422_when_the_owner_types_the_wrong_slug_to_purge()
    {
        var deleted = await DeletedEventAsync();

        var response = await Owner.PostAsJsonAsync($"{EventApi.Route}/{deleted.Id}/purge", new PurgeEventInput(deleted.Slug + "-x"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.PurgeConfirmationMismatch);
    }

    [Fact]
    public async Task Should_remove_the_rows_when_the_owner_purges_with_the_right_slug()
    {
        var deleted = await DeletedEventAsync();

        (await Owner.PostAsJsonAsync($"{EventApi.Route}/{deleted.Id}/purge", new PurgeEventInput(deleted.Slug))).EnsureSuccessStatusCode();

        (await EventRows.CountAsync(factory, "events.events", deleted.Id)).ShouldBe(0);
        (await Owner.GetAsync($"{EventApi.Route}/{deleted.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_409_when_purging_an_event_that_is_not_deleted()
    {
        var created = await Admin.CreateEventAsync();

        var response = await Owner.PostAsJsonAsync($"{EventApi.Route}/{created.Id}/purge", new PurgeEventInput(created.Slug));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, EventsErrorCodes.NotDeleted);
    }

    private async Task<EventDto> DeletedEventAsync()
    {
        var created = await Admin.CreateEventAsync();
        (await Admin.DeleteAsync($"{EventApi.Route}/{created.Id}")).EnsureSuccessStatusCode();
        return created;
    }

    private async Task<IReadOnlyList<EventListItemDto>> ListAsync(string query) =>
        (await (await Admin.GetAsync($"{EventApi.Route}?take=200&{query}")).ShouldBeOkAsync<PagedResult<EventListItemDto>>()).Items;
}
