using EventPlatform.Events.Events;
using EventPlatform.Events.Search;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Tests.Search;

[Collection(EventsCollection.Name)]
public sealed class SearchFilterTests(EventsTestFactory factory)
{
    private ISearchIndex Index => factory.Services.GetRequiredService<ISearchIndex>();
    private HttpClient Anonymous => factory.CreateClient();

    private async Task<(string Word, EventPlatform.Events.Public.PublicEventListing[] Listings)> SeedAsync(params Func<string, EventPlatform.Events.Public.PublicEventListing>[] makers)
    {
        var word = SearchApi.UniqueWord();
        var listings = makers.Select(m => m(word)).ToArray();
        foreach (var listing in listings) await Index.UpsertAsync(listing);
        return (word, listings);
    }

    [Fact]
    public async Task Should_filter_by_city_ignoring_case_and_accents()
    {
        var (word, l) = await SeedAsync(w => SearchApi.Listing($"A {w}", city: "Köln"), w => SearchApi.Listing($"B {w}", city: "Berlin"));

        var result = await Anonymous.SearchAsync($"text={word}&city=KOLN");

        result.Items.ShouldHaveSingleItem().EventId.ShouldBe(l[0].EventId);
    }

    [Fact]
    public async Task Should_filter_by_format()
    {
        var (word, l) = await SeedAsync(w => SearchApi.Listing($"A {w}", format: EventFormat.Online), w => SearchApi.Listing($"B {w}"));

        var result = await Anonymous.SearchAsync($"text={word}&format=Online");

        result.Items.ShouldHaveSingleItem().EventId.ShouldBe(l[0].EventId);
    }

    [Fact]
    public async Task Should_filter_by_every_tag_given()
    {
        var (word, l) = await SeedAsync(
            w => SearchApi.Listing($"A {w}", tags: ["Data", "Éthique"]),
            w => SearchApi.Listing($"B {w}", tags: ["Data"]));

        var result = await Anonymous.SearchAsync($"text={word}&tags=data&tags=ethique");

        result.Items.ShouldHaveSingleItem().EventId.ShouldBe(l[0].EventId);
    }

    [Fact]
    public async Task Should_filter_by_part_of_a_speaker_name()
    {
        var (word, l) = await SeedAsync(
            w => SearchApi.Listing($"A {w}", speakers: ["Zoë Müller", "Ada Lovelace"]),
            w => SearchApi.Listing($"B {w}", speakers: ["Grace Hopper"]));

        var result = await Anonymous.SearchAsync($"text={word}&speaker=zoe+mul");

        result.Items.ShouldHaveSingleItem().EventId.ShouldBe(l[0].EventId);
    }

    [Fact]
    public async Task Should_filter_by_date_range_with_both_days_included()
    {
        var (word, l) = await SeedAsync(
            w => SearchApi.Listing($"A {w}", startsAt: new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero)),
            w => SearchApi.Listing($"B {w}", startsAt: new DateTimeOffset(2027, 3, 31, 9, 0, 0, TimeSpan.Zero)),
            w => SearchApi.Listing($"C {w}", startsAt: new DateTimeOffset(2027, 5, 1, 9, 0, 0, TimeSpan.Zero)));

        var result = await Anonymous.SearchAsync($"text={word}&from=2027-03-01&to=2027-03-31");

        result.Items.Select(i => i.EventId).ShouldBe([l[0].EventId, l[1].EventId]);
    }

    [Fact]
    public async Task Should_list_without_text_by_date_with_filters_only()
    {
        var city = "Ort" + SearchApi.UniqueWord();
        var later = SearchApi.Listing("Later", city: city, startsAt: new DateTimeOffset(2027, 9, 1, 9, 0, 0, TimeSpan.Zero));
        var sooner = SearchApi.Listing("Sooner", city: city, startsAt: new DateTimeOffset(2027, 8, 1, 9, 0, 0, TimeSpan.Zero));
        await Index.UpsertAsync(later);
        await Index.UpsertAsync(sooner);

        var result = await Anonymous.SearchAsync($"city={city}");

        result.Items.Select(i => i.EventId).ShouldBe([sooner.EventId, later.EventId]);
    }

    [Fact]
    public async Task Should_sort_by_date_when_asked_even_with_text()
    {
        var (word, l) = await SeedAsync(
            w => SearchApi.Listing($"{w} in the title", startsAt: new DateTimeOffset(2027, 12, 1, 9, 0, 0, TimeSpan.Zero)),
            w => SearchApi.Listing("Other", description: w, startsAt: new DateTimeOffset(2027, 11, 1, 9, 0, 0, TimeSpan.Zero)));

        var result = await Anonymous.SearchAsync($"text={word}&sort=Date");

        result.Items.Select(i => i.EventId).ShouldBe([l[1].EventId, l[0].EventId]);
    }

    [Fact]
    public async Task Should_page_through_results_with_the_total_on_every_page()
    {
        var (word, l) = await SeedAsync(Enumerable.Range(1, 5)
            .Select(i => (Func<string, EventPlatform.Events.Public.PublicEventListing>)(w => SearchApi.Listing($"{w} {i}", startsAt: new DateTimeOffset(2027, 1, i, 9, 0, 0, TimeSpan.Zero))))
            .ToArray());

        var second = await Anonymous.SearchAsync($"text={word}&sort=Date&skip=2&take=2");
        var beyond = await Anonymous.SearchAsync($"text={word}&sort=Date&skip=6&take=2");

        second.TotalCount.ShouldBe(5);
        second.Items.Select(i => i.EventId).ShouldBe([l[2].EventId, l[3].EventId]);
        beyond.TotalCount.ShouldBe(5);
        beyond.Items.ShouldBeEmpty();
    }
}
