using EventPlatform.Events.Events;
using EventPlatform.Events.Search;
using Microsoft.Extensions.Options;

namespace EventPlatform.Events.Tests.Search;

/// <summary>
/// The same behaviour on the Elasticsearch provider, against a real cluster named by <c>EP_TEST_ELASTICSEARCH_URL</c>;
/// reported as skipped when it is not set. Each run uses its own index and deletes it afterwards.
/// </summary>
public sealed class ElasticsearchSearchIndexTests : IAsyncLifetime
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("EP_TEST_ELASTICSEARCH_URL");
    private readonly ElasticsearchSearchIndex? _index;

    public ElasticsearchSearchIndexTests()
    {
        if (string.IsNullOrWhiteSpace(Url)) return;
        _index = new ElasticsearchSearchIndex(Options.Create(new SearchOptions
        {
            Provider = SearchOptions.ElasticsearchProvider,
            Elasticsearch = new ElasticsearchSearchOptions { Url = Url, Index = "ep-test-" + Guid.NewGuid().ToString("N")[..12] },
        }));
    }

    private ElasticsearchSearchIndex Index
    {
        get
        {
            Skip.If(_index is null, "EP_TEST_ELASTICSEARCH_URL is not set: no Elasticsearch cluster to test against.");
            return _index!;
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_index is not null) await _index.DeleteIndexAsync();
    }

    [SkippableFact]
    public async Task Should_rank_a_title_match_above_a_description_match()
    {
        var index = Index;
        var word = SearchApi.UniqueWord();
        var inDescription = SearchApi.Listing("Evening talks", description: $"This evening we talk about {word}.");
        var inTitle = SearchApi.Listing($"{word} night");
        await index.UpsertAsync(inDescription);
        await index.UpsertAsync(inTitle);

        var result = await index.SearchAsync(new SearchQuery(word));

        result.Items.Select(i => i.EventId).ShouldBe([inTitle.EventId, inDescription.EventId]);
    }

    [SkippableFact]
    public async Task Should_suggest_koln_for_kol_and_cafe_for_cafe()
    {
        var index = Index;
        var koln = SearchApi.Listing("Köln Festival");
        var cafe = SearchApi.Listing("Café Jazz");
        await index.UpsertAsync(koln);
        await index.UpsertAsync(cafe);

        (await index.AutocompleteAsync("kol")).Select(s => s.EventId).ShouldBe([koln.EventId]);
        (await index.AutocompleteAsync("cafe")).Select(s => s.EventId).ShouldBe([cafe.EventId]);
    }

    [SkippableFact]
    public async Task Should_filter_by_city_format_tags_speaker_and_dates()
    {
        var index = Index;
        var match = SearchApi.Listing("Match", city: "Köln", format: EventFormat.Hybrid, tags: ["Data"], speakers: ["Zoë Müller"],
            startsAt: new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var other = SearchApi.Listing("Other", city: "Berlin", tags: ["Data"], startsAt: new DateTimeOffset(2027, 4, 10, 9, 0, 0, TimeSpan.Zero));
        await index.UpsertAsync(match);
        await index.UpsertAsync(other);

        var result = await index.SearchAsync(new SearchQuery(
            City: "koln", Format: EventFormat.Hybrid, Tags: ["data"], Speaker: "Zoe Muller",
            From: new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), To: new DateTimeOffset(2027, 4, 1, 0, 0, 0, TimeSpan.Zero)));

        result.Items.ShouldHaveSingleItem().EventId.ShouldBe(match.EventId);
    }

    [SkippableFact]
    public async Task Should_remove_a_listing_and_clear_the_index()
    {
        var index = Index;
        var listing = SearchApi.Listing("Removed soon");
        await index.UpsertAsync(listing);

        await index.RemoveAsync(listing.EventId);

        (await index.SearchAsync(new SearchQuery("removed"))).TotalCount.ShouldBe(0);
    }
}
