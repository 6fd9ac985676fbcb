using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;
using IcalCalendar = Ical.Net.Calendar;

namespace EventPlatform.Events.Tests.Public;

[Collection(EventsCollection.Name)]
public sealed class PublicCalendarTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private HttpClient Visitor => factory.CreateClientFor();

    private async Task<(HttpResponseMessage Response, IcalCalendar Calendar)> GetCalendarAsync(string path)
    {
        var response = await Visitor.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        return (response, IcalCalendar.Load(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Should_serve_an_event_ics_that_parses_back_with_ical_net()
    {
        var published = await Admin.CreatePublishedAsync();

        var (response, calendar) = await GetCalendarAsync($"/o/{TestData.OrgASlug}/e/{published.Slug}/calendar.ics");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"{published.Slug}.ics");
        var entry = calendar.Events.Single();
        entry.Uid.ShouldBe($"{published.Id}@eventplatform");
        entry.Summary.ShouldBe(published.Title);
        entry.Start!.AsUtc.ShouldBe(published.StartsAt.UtcDateTime);
        entry.End!.AsUtc.ShouldBe(published.EndsAt.UtcDateTime);
        entry.Sequence.ShouldBe(published.Sequence);
        entry.Location.ShouldBe("Congress Center, Messeplatz 1, 50679 Köln, DE");
        entry.Url!.ToString().ShouldEndWith($"/o/{TestData.OrgASlug}/e/{published.Slug}");
        entry.DtStamp.ShouldNotBeNull();
        entry.LastModified.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_keep_the_uid_and_raise_the_sequence_after_an_edit()
    {
        var input = PublicEvents.Input();
        var published = await Admin.CreatePublishedAsync(input);
        var path = $"/o/{TestData.OrgASlug}/e/{published.Slug}/calendar.ics";
        var before = (await GetCalendarAsync(path)).Calendar.Events.Single();

        (await Admin.PutAsJsonAsync($"{EventApi.Route}/{published.Id}", input with { Slug = published.Slug, StartLocal = input.StartLocal.AddHours(1) }))
            .IsSuccessStatusCode.ShouldBeTrue();
        var after = (await GetCalendarAsync(path)).Calendar.Events.Single();

        after.Uid.ShouldBe(before.Uid);
        after.Sequence.ShouldBeGreaterThan(before.Sequence);
        after.Start!.AsUtc.ShouldBe(before.Start!.AsUtc.AddHours(1));
    }

    [Fact]
    public async Task Should_answer_404_for_the_ics_of_a_draft()
    {
        var draft = await Admin.CreateEventAsync(PublicEvents.Input());

        var response = await Visitor.GetAsync($"/o/{TestData.OrgASlug}/e/{draft.Slug}/calendar.ics");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_serve_a_session_ics_with_its_own_uid_and_room()
    {
        var published = await Admin.CreatePublishedAsync();
        var session = await factory.AddSessionAsync(TestData.OrgA, published, "Workshop A", published.StartsAt.AddHours(1), room: "Room 3");

        var (_, calendar) = await GetCalendarAsync($"/o/{TestData.OrgASlug}/e/{published.Slug}/sessions/{session}/calendar.ics");

        var entry = calendar.Events.Single();
        entry.Uid.ShouldBe($"{session}@eventplatform");
        entry.Summary.ShouldBe($"Workshop A · {published.Title}");
        entry.Start!.AsUtc.ShouldBe(published.StartsAt.AddHours(1).UtcDateTime);
        entry.Location!.ShouldStartWith("Room 3, Congress Center");
        entry.Status.ShouldBe("CONFIRMED");
    }

    [Fact]
    public async Task Should_mark_a_cancelled_session_cancelled_in_its_ics()
    {
        var published = await Admin.CreatePublishedAsync();
        var session = await factory.AddSessionAsync(TestData.OrgA, published, "Called off", published.StartsAt, cancelled: true);

        var (_, calendar) = await GetCalendarAsync($"/o/{TestData.OrgASlug}/e/{published.Slug}/sessions/{session}/calendar.ics");

        var entry = calendar.Events.Single();
        entry.Status.ShouldBe(Ical.Net.EventStatus.Cancelled);
        entry.Sequence.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Should_answer_404_for_a_session_of_another_event()
    {
        var published = await Admin.CreatePublishedAsync();
        var other = await Admin.CreatePublishedAsync();
        var session = await factory.AddSessionAsync(TestData.OrgA, other, "Elsewhere", other.StartsAt);

        var response = await Visitor.GetAsync($"/o/{TestData.OrgASlug}/e/{published.Slug}/sessions/{session}/calendar.ics");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_feed_only_published_public_events_of_the_organization()
    {
        var (organization, owner) = await factory.NewOrganizationAsync();
        var listed = await owner.CreatePublishedAsync();
        await owner.CreatePublishedAsync(PublicEvents.Input(visibility: EventVisibility.Unlisted));
        await owner.CreateEventAsync(PublicEvents.Input());
        var deleted = await owner.CreatePublishedAsync();
        (await owner.DeleteAsync($"{EventApi.Route}/{deleted.Id}")).IsSuccessStatusCode.ShouldBeTrue();

        var (response, calendar) = await GetCalendarAsync($"/o/{organization}/calendar.ics");

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        calendar.Events.Select(e => e.Uid).ShouldBe([$"{listed.Id}@eventplatform"]);
    }
}
