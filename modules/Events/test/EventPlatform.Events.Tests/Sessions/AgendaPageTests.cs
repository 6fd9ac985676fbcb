using System.Net;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Sessions;

/// <summary>The organizer pages of the agenda, requested as members of each organization.</summary>
[Collection(EventsCollection.Name)]
public sealed class AgendaPageTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_show_staff_the_agenda_without_the_buttons_that_change_it()
    {
        var @event = await Admin.CreateEventAsync();
        var session = await Admin.CreateSessionAsync(@event.Id, AgendaApi.Session("Staff briefing"));

        var html = await (await factory.CreateClientFor(TestData.StaffA, TestData.OrgA).GetAsync($"/manage/events/{@event.Id}/agenda")).Content.ReadAsStringAsync();

        html.ShouldContain("Staff briefing");
        html.ShouldNotContain($"/manage/events/{@event.Id}/sessions/new");
        html.ShouldNotContain($"/manage/events/{@event.Id}/sessions/{session.Id}");
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_opens_the_agenda_page()
    {
        var @event = await Admin.CreateEventAsync();

        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).GetAsync($"/manage/events/{@event.Id}/agenda");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_opens_a_session_page()
    {
        var @event = await Admin.CreateEventAsync();
        var session = await Admin.CreateSessionAsync(@event.Id);

        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).GetAsync($"/manage/events/{@event.Id}/sessions/{session.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_for_a_session_page_of_another_event()
    {
        var first = await Admin.CreateEventAsync();
        var second = await Admin.CreateEventAsync();
        var session = await Admin.CreateSessionAsync(first.Id);

        var response = await Admin.GetAsync($"/manage/events/{second.Id}/sessions/{session.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
