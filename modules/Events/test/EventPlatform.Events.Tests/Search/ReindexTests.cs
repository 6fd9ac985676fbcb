using System.Net;
using EventPlatform.Events.Search;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Tests.Search;

[Collection(EventsCollection.Name)]
public sealed class ReindexTests(EventsTestFactory factory)
{
    private const string Route = "api/events/search-index/rebuild";
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private HttpClient Anonymous => factory.CreateClient();

    [Fact]
    public async Task Should_rebuild_the_same_results_from_the_events_of_every_organization()
    {
        var word = SearchApi.UniqueWord();
        await Admin.PublishedEventAsync(EventApi.Sample($"Alpha {word}"));
        await factory.CreateClientFor(TestData.UserB, TestData.OrgB).PublishedEventAsync(EventApi.Sample($"Beta {word}"));
        await Admin.CreateEventAsync(EventApi.Sample($"Draft {word}"));
        var before = await SearchApi.EventuallyAsync(() => Anonymous.SearchAsync($"text={word}&sort=Date"), r => r.TotalCount == 2);

        var rebuilt = await (await factory.CreateClientFor(TestData.PlatformAdmin).PostAsync(Route, null)).ShouldBeOkAsync<SearchReindexResultDto>();

        rebuilt.Indexed.ShouldBeGreaterThanOrEqualTo(2);
        var after = await Anonymous.SearchAsync($"text={word}&sort=Date");
        after.ShouldBeEquivalentTo(before);
        after.Items.Select(i => i.OrganizationSlug).ShouldBe([TestData.OrgASlug, TestData.OrgBSlug], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_drop_from_the_index_what_no_longer_is_a_public_event_when_rebuilding()
    {
        var stray = SearchApi.Listing($"Stray {SearchApi.UniqueWord()}");
        await factory.Services.GetRequiredService<ISearchIndex>().UpsertAsync(stray);

        await (await factory.CreateClientFor(TestData.PlatformAdmin).PostAsync(Route, null)).ShouldBeOkAsync<SearchReindexResultDto>();

        (await Anonymous.SearchAsync($"text={stray.Title.Split(' ')[1]}")).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_let_only_platform_administrators_rebuild_the_index()
    {
        (await Admin.PostAsync(Route, null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Anonymous.PostAsync(Route, null)).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
    }
}
