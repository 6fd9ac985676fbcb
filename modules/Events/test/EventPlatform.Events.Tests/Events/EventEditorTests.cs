using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Platform.Application;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Events;

[Collection(EventsCollection.Name)]
public sealed class EventEditorTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_store_times_as_utc_and_give_them_back_in_the_event_time_zone()
    {
        var created = await Admin.CreateEventAsync(EventApi.Sample(startLocal: new DateTime(2027, 1, 15, 18, 30, 0)));

        created.StartsAt.ShouldBe(new DateTimeOffset(2027, 1, 15, 17, 30, 0, TimeSpan.Zero));
        created.StartLocal.ShouldBe(new DateTime(2027, 1, 15, 18, 30, 0));
        created.TimeZone.ShouldBe("Europe/Berlin");
        created.Status.ShouldBe(EventStatus.Draft);
    }

    [Fact]
    public async Task Should_refuse_a_start_that_the_clocks_skip_when_summer_time_begins()
    {
        var response = await Admin.PostAsJsonAsync(EventApi.Route, EventApi.Sample(startLocal: new DateTime(2027, 3, 28, 2, 30, 0)));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.LocalTimeDoesNotExist);
    }

    [Fact]
    public async Task Should_derive_a_free_slug_from_the_title()
    {
        var first = await Admin.CreateEventAsync(EventApi.Sample("Köln Straße Meetup"));
        var second = await Admin.CreateEventAsync(EventApi.Sample("Köln Straße Meetup"));

        first.Slug.ShouldStartWith("koln-strasse-meetup");
        second.Slug.ShouldBe(first.Slug + "-2");
    }

    [Fact]
    public async Task Should_answer_409_when_the_chosen_slug_is_taken()
    {
        var slug = "taken-" + Guid.NewGuid().ToString("N")[..8];
        await Admin.CreateEventAsync(EventApi.Sample() with { Slug = slug });

        var response = await Admin.PostAsJsonAsync(EventApi.Route, EventApi.Sample() with { Slug = slug });

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, EventsErrorCodes.SlugTaken);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_reads_the_event()
    {
        var created = await Admin.CreateEventAsync();

        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).GetAsync($"{EventApi.Route}/{created.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_list_published_events_and_leave_archived_ones_out()
    {
        var published = await Admin.PostEventActionAsync((await Admin.CreateEventAsync()).Id, "publish");
        var archived = await Admin.PostEventActionAsync((await Admin.CreateEventAsync()).Id, "archive");

        var list = await (await Admin.GetAsync($"{EventApi.Route}?take=200")).ShouldBeOkAsync<PagedResult<EventListItemDto>>();

        list.Items.ShouldContain(e => e.Id == published.Id && e.Status == EventStatus.Published);
        list.Items.ShouldNotContain(e => e.Id == archived.Id);
    }

    [Fact]
    public async Task Should_save_an_online_draft_without_its_link_but_refuse_to_publish_it()
    {
        var draft = await Admin.CreateEventAsync(EventApi.Sample() with { Format = EventFormat.Online, Location = null });

        var response = await Admin.PostAsync($"{EventApi.Route}/{draft.Id}/publish", null);

        draft.Status.ShouldBe(EventStatus.Draft);
        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.OnlineUrlRequired);
    }

    [Fact]
    public async Task Should_refuse_to_remove_the_venue_of_a_published_in_person_event()
    {
        var published = await Admin.PostEventActionAsync((await Admin.CreateEventAsync()).Id, "publish");

        var response = await Admin.PutAsJsonAsync($"{EventApi.Route}/{published.Id}", EventApi.Sample() with { Location = null });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.VenueRequired);
    }
}
