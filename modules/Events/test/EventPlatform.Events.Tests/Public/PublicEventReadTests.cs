using System.Net;
using EventPlatform.Events.Events;
using EventPlatform.Events.Public;
using EventPlatform.Events.Tests.Events;
using EventPlatform.Platform.Application;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Public;

[Collection(EventsCollection.Name)]
public sealed class PublicEventReadTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private HttpClient Visitor => factory.CreateClientFor();

    private static string Route(string organization, string slug) => $"api/events/public/{organization}/events/{slug}";

    [Fact]
    public async Task Should_give_a_visitor_a_published_event_by_organization_and_slug()
    {
        var published = await Admin.CreatePublishedAsync();

        var read = await (await Visitor.GetAsync(Route(TestData.OrgASlug, published.Slug))).ShouldBeOkAsync<PublicEventDto>();

        read.Id.ShouldBe(published.Id);
        read.OrganizationSlug.ShouldBe(TestData.OrgASlug);
        read.DescriptionHtml!.ShouldContain("<strong>data</strong>");
    }

    [Fact]
    public async Task Should_answer_404_for_a_draft()
    {
        var draft = await Admin.CreateEventAsync(PublicEvents.Input());

        var response = await Visitor.GetAsync(Route(TestData.OrgASlug, draft.Slug));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.EventNotFound);
    }

    [Fact]
    public async Task Should_answer_404_for_an_archived_event()
    {
        var published = await Admin.CreatePublishedAsync();
        await Admin.PostEventActionAsync(published.Id, "archive");

        var response = await Visitor.GetAsync(Route(TestData.OrgASlug, published.Slug));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.EventNotFound);
    }

    [Fact]
    public async Task Should_answer_404_for_a_deleted_event()
    {
        var published = await Admin.CreatePublishedAsync();
        (await Admin.DeleteAsync($"{EventApi.Route}/{published.Id}")).IsSuccessStatusCode.ShouldBeTrue();

        var response = await Visitor.GetAsync(Route(TestData.OrgASlug, published.Slug));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.EventNotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_the_slug_belongs_to_another_organization()
    {
        var published = await Admin.CreatePublishedAsync();

        var response = await Visitor.GetAsync(Route(TestData.OrgBSlug, published.Slug));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.EventNotFound);
    }

    [Fact]
    public async Task Should_stay_in_the_requested_organization_when_a_member_of_another_reads()
    {
        var published = await Admin.CreatePublishedAsync();

        var read = await (await factory.CreateClientFor(TestData.UserB, TestData.OrgB).GetAsync(Route(TestData.OrgASlug, published.Slug)))
            .ShouldBeOkAsync<PublicEventDto>();

        read.Id.ShouldBe(published.Id);
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_organization()
    {
        var response = await Visitor.GetAsync(Route("no-such-organization", "anything"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_open_an_unlisted_event_by_its_link()
    {
        var unlisted = await Admin.CreatePublishedAsync(PublicEvents.Input(visibility: EventVisibility.Unlisted));

        var read = await (await Visitor.GetAsync(Route(TestData.OrgASlug, unlisted.Slug))).ShouldBeOkAsync<PublicEventDto>();

        read.Visibility.ShouldBe(EventVisibility.Unlisted);
    }

    [Fact]
    public async Task Should_never_give_visitors_the_online_url()
    {
        var input = PublicEvents.Input() with { Format = EventFormat.Hybrid, OnlineUrl = "https://meet.example.test/secret-room-4711" };
        var published = await Admin.CreatePublishedAsync(input);

        var json = await (await Visitor.GetAsync(Route(TestData.OrgASlug, published.Slug))).Content.ReadAsStringAsync();

        json.ShouldContain(published.Title);
        json.ShouldNotContain("secret-room-4711");
    }

    [Fact]
    public async Task Should_give_sessions_with_room_speakers_and_cancelled_flag()
    {
        var published = await Admin.CreatePublishedAsync();
        await factory.AddSessionAsync(TestData.OrgA, published, "Keynote", published.StartsAt, room: "Hall 1", speaker: "Grace Hopper");
        await factory.AddSessionAsync(TestData.OrgA, published, "Lightning talks", published.StartsAt.AddHours(2), cancelled: true);

        var read = await (await Visitor.GetAsync(Route(TestData.OrgASlug, published.Slug))).ShouldBeOkAsync<PublicEventDto>();

        read.Sessions.Select(s => s.Title).ShouldBe(["Keynote", "Lightning talks"]);
        read.Sessions[0].Room.ShouldBe("Hall 1");
        read.Sessions[0].Speakers.Single().Name.ShouldBe("Grace Hopper");
        read.Sessions[1].IsCancelled.ShouldBeTrue();
        read.Speakers.Single().Name.ShouldBe("Grace Hopper");
    }

    [Fact]
    public async Task Should_list_upcoming_public_events_soonest_first_without_unlisted_drafts_or_past_ones()
    {
        var (organization, owner) = await factory.NewOrganizationAsync();
        var later = await owner.CreatePublishedAsync(PublicEvents.Input("Later") with { StartLocal = PublicEvents.NextYear.AddDays(30), EndLocal = PublicEvents.NextYear.AddDays(30).AddHours(3) });
        var sooner = await owner.CreatePublishedAsync(PublicEvents.Input("Sooner"));
        await owner.CreatePublishedAsync(PublicEvents.Input("Unlisted", visibility: EventVisibility.Unlisted));
        await owner.CreateEventAsync(PublicEvents.Input("Draft"));
        await owner.CreatePublishedAsync(PublicEvents.Input("Past") with { StartLocal = new DateTime(2020, 3, 3, 10, 0, 0), EndLocal = new DateTime(2020, 3, 3, 12, 0, 0) });

        var page = await (await Visitor.GetAsync($"api/events/public/{organization}/events?take=10")).ShouldBeOkAsync<PagedResult<PublicEventCardDto>>();

        page.TotalCount.ShouldBe(2);
        page.Items.Select(c => c.Id).ShouldBe([sooner.Id, later.Id]);
    }
}
