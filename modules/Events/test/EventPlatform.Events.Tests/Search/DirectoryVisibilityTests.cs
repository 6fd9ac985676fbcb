using EventPlatform.Events.Events;
using EventPlatform.Events.Search;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Search;

/// <summary>Only published public events reach the directory: the outbox feeds it on publish and drops them again.</summary>
[Collection(EventsCollection.Name)]
public sealed class DirectoryVisibilityTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private HttpClient Anonymous => factory.CreateClient();

    private Task<SearchResultDto> SearchUntilAsync(string word, Func<SearchResultDto, bool> done) =>
        SearchApi.EventuallyAsync(() => Anonymous.SearchAsync($"text={word}"), done);

    [Fact]
    public async Task Should_list_an_event_once_it_is_published_and_link_it_to_its_organization()
    {
        var word = SearchApi.UniqueWord();
        var published = await Admin.PublishedEventAsync(EventApi.Sample($"Summit {word}"));

        var result = await SearchUntilAsync(word, r => r.TotalCount > 0);

        var hit = result.Items.ShouldHaveSingleItem();
        hit.EventId.ShouldBe(published.Id);
        hit.OrganizationSlug.ShouldBe(TestData.OrgASlug);
        hit.Slug.ShouldBe(published.Slug);
        hit.City.ShouldBe("Köln");
    }

    [Fact]
    public async Task Should_never_list_drafts_or_unlisted_events()
    {
        var word = SearchApi.UniqueWord();
        await Admin.CreateEventAsync(EventApi.Sample($"Draft {word}"));
        await Admin.PublishedEventAsync(EventApi.Sample($"Unlisted {word}") with { Visibility = EventVisibility.Unlisted });
        // Published last: once the outbox has delivered it, it has delivered everything written before it.
        var sentinel = await Admin.PublishedEventAsync(EventApi.Sample($"Sentinel {word}"));

        var result = await SearchUntilAsync(word, r => r.TotalCount > 0);

        result.Items.Select(i => i.EventId).ShouldBe([sentinel.Id]);
    }

    [Fact]
    public async Task Should_drop_an_event_when_it_is_unpublished()
    {
        var word = SearchApi.UniqueWord();
        var published = await Admin.PublishedEventAsync(EventApi.Sample($"Gone {word}"));
        await SearchUntilAsync(word, r => r.TotalCount == 1);

        await Admin.PostEventActionAsync(published.Id, "unpublish");

        (await SearchUntilAsync(word, r => r.TotalCount == 0)).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_drop_an_event_when_it_is_deleted()
    {
        var word = SearchApi.UniqueWord();
        var published = await Admin.PublishedEventAsync(EventApi.Sample($"Binned {word}"));
        await SearchUntilAsync(word, r => r.TotalCount == 1);

        (await Admin.DeleteAsync($"{EventApi.Route}/{published.Id}")).EnsureSuccessStatusCode();

        (await SearchUntilAsync(word, r => r.TotalCount == 0)).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Should_follow_an_edit_of_a_published_event()
    {
        var word = SearchApi.UniqueWord();
        var renamed = SearchApi.UniqueWord();
        var published = await Admin.PublishedEventAsync(EventApi.Sample($"Before {word}"));
        await SearchUntilAsync(word, r => r.TotalCount == 1);

        (await Admin.PutAsync($"{EventApi.Route}/{published.Id}", System.Net.Http.Json.JsonContent.Create(EventApi.Sample($"After {renamed}"))))
            .EnsureSuccessStatusCode();

        (await SearchUntilAsync(renamed, r => r.TotalCount == 1)).Items.ShouldHaveSingleItem().Title.ShouldBe($"After {renamed}");
        (await Anonymous.SearchAsync($"text={word}")).TotalCount.ShouldBe(0);
    }
}
