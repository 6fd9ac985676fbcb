using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Platform.Application;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Events;

[Collection(EventsCollection.Name)]
public sealed class EventAccessTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    private HttpClient Staff => factory.CreateClientFor(TestData.StaffA, TestData.OrgA);

    private HttpClient OtherOrganization => factory.CreateClientFor(TestData.UserB, TestData.OrgB);

    [Fact]
    public async Task Should_let_staff_read_events()
    {
        var created = await Admin.CreateEventAsync();

        (await (await Staff.GetAsync($"{EventApi.Route}/{created.Id}")).ShouldBeOkAsync<EventDto>()).Title.ShouldBe(created.Title);
        (await (await Staff.GetAsync($"{EventApi.Route}?take=200")).ShouldBeOkAsync<PagedResult<EventListItemDto>>()).Items.ShouldContain(e => e.Id == created.Id);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("archive")]
    [InlineData("undelete")]
    public async Task Should_answer_403_when_staff_change_an_event(string action)
    {
        var created = await Admin.CreateEventAsync();

        (await Staff.PostAsync($"{EventApi.Route}/{created.Id}/{action}", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_answer_403_when_staff_create_or_edit_an_event()
    {
        var created = await Admin.CreateEventAsync();

        (await Staff.PostAsJsonAsync(EventApi.Route, EventApi.Sample())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Staff.PutAsJsonAsync($"{EventApi.Route}/{created.Id}", EventApi.Sample("Mine"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Staff.DeleteAsync($"{EventApi.Route}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_edits_the_event()
    {
        var created = await Admin.CreateEventAsync();

        var response = await OtherOrganization.PutAsJsonAsync($"{EventApi.Route}/{created.Id}", EventApi.Sample("Hijacked"));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.EventNotFound);
    }

    [Theory]
    [InlineData("publish")]
    [InlineData("archive")]
    [InlineData("undelete")]
    public async Task Should_answer_404_when_another_organization_acts_on_the_event(string action)
    {
        var created = await Admin.CreateEventAsync();

        var response = await OtherOrganization.PostAsync($"{EventApi.Route}/{created.Id}/{action}", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.EventNotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_deletes_the_event()
    {
        var created = await Admin.CreateEventAsync();

        (await OtherOrganization.DeleteAsync($"{EventApi.Route}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Admin.GetAsync($"{EventApi.Route}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_not_list_another_organizations_events()
    {
        var created = await Admin.CreateEventAsync();

        var list = await (await OtherOrganization.GetAsync($"{EventApi.Route}?take=200")).ShouldBeOkAsync<PagedResult<EventListItemDto>>();

        list.Items.ShouldNotContain(e => e.Id == created.Id);
    }
}
