using EventPlatform.Events.Events;
using EventPlatform.Events.Search;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Tests.Search;

/// <summary>Ranking and autocomplete of the configured index (PostgreSQL here), asked through the public API.</summary>
[Collection(EventsCollection.Name)]
public sealed class SearchRelevanceTests(EventsTestFactory factory)
{
    private ISearchIndex Index => factory.Services.GetRequiredService<ISearchIndex>();
    private HttpClient Anonymous => factory.CreateClient();

    [Fact]
    public async Task Should_rank_a_title_match_above_a_description_match()
    {
        var word = SearchApi.UniqueWord();
        var inDescription = SearchApi.Listing("Evening talks", description: $"This evening we talk about {word} at length.");
        var inTitle = SearchApi.Listing($"{word} night", description: "Talks and drinks.");
        await Index.UpsertAsync(inDescription);
        await Index.UpsertAsync(inTitle);

        var result = await Anonymous.SearchAsync($"text={word}");

        result.Items.Select(i => i.EventId).ShouldBe([inTitle.EventId, inDescription.EventId]);
    }

    [Fact]
    public async Task Should_rank_a_tag_match_above_a_summary_match()
    {
        var word = SearchApi.UniqueWord();
        var inSummary = SearchApi.Listing("Meetup one", summary: $"All about {word}.");
        var inTag = SearchApi.Listing("Meetup two", tags: [word]);
        await Index.UpsertAsync(inSummary);
        await Index.UpsertAsync(inTag);

        var result = await Anonymous.SearchAsync($"text={word}");

        result.Items.Select(i => i.EventId).ShouldBe([inTag.EventId, inSummary.EventId]);
    }

    [Fact]
    public async Task Should_find_words_whatever_their_accents()
    {
        var word = SearchApi.UniqueWord();
        var listing = SearchApi.Listing($"Café Crème {word}");
        await Index.UpsertAsync(listing);

        var result = await Anonymous.SearchAsync($"text=cafe+creme+{word}");

        result.Items.ShouldHaveSingleItem().EventId.ShouldBe(listing.EventId);
    }

    [Fact]
    public async Task Should_suggest_titles_that_start_with_the_text_typed_without_its_accents()
    {
        var word = SearchApi.UniqueWord();
        var listing = SearchApi.Listing($"Café {word} Jazz");
        await Index.UpsertAsync(listing);

        var suggestions = await Anonymous.AutocompleteAsync($"cafe {word[..4]}");

        // Near misses of the last word from other tests' listings may follow (the index is shared): only this title starts so.
        suggestions[0].EventId.ShouldBe(listing.EventId);
        suggestions[0].Title.ShouldBe($"Café {word} Jazz");
        suggestions.Count(s => s.Title.StartsWith($"Café {word[..4]}", StringComparison.OrdinalIgnoreCase)).ShouldBe(1);
    }

    [Fact]
    public async Task Should_suggest_koln_for_kol()
    {
        var listing = SearchApi.Listing($"Köln {SearchApi.UniqueWord()} Festival");
        await Index.UpsertAsync(listing);

        var suggestions = await Anonymous.AutocompleteAsync("kol", take: 20);

        suggestions.Select(s => s.EventId).ShouldContain(listing.EventId);
        suggestions.ShouldAllBe(s => s.Title.StartsWith("Köl", StringComparison.OrdinalIgnoreCase) || s.Title.Contains(" köl", StringComparison.OrdinalIgnoreCase)
            || s.Title.Contains(" Köl", StringComparison.Ordinal) || s.Title.StartsWith("Kol", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Should_suggest_a_title_when_a_later_word_starts_with_the_text()
    {
        var word = SearchApi.UniqueWord();
        var listing = SearchApi.Listing($"Summer {word} Night");
        await Index.UpsertAsync(listing);

        var suggestions = await Anonymous.AutocompleteAsync(word[..6]);

        // Near misses from other tests' listings may follow (the index is shared): only this title has a word that starts so.
        suggestions[0].EventId.ShouldBe(listing.EventId);
        suggestions.Count(s => HasWordStartingWith(s.Title, word[..6])).ShouldBe(1);
    }

    [Fact]
    public async Task Should_suggest_titles_that_start_with_the_text_before_titles_that_merely_contain_it()
    {
        var word = SearchApi.UniqueWord();
        var inside = SearchApi.Listing($"Aaa {word}");
        var start = SearchApi.Listing($"{word} Zzz");
        await Index.UpsertAsync(inside);
        await Index.UpsertAsync(start);

        var suggestions = await Anonymous.AutocompleteAsync(word[..5]);

        // Near misses from other tests' listings may follow (the index is shared): only these two titles have a word that starts so.
        suggestions.Take(2).Select(s => s.EventId).ShouldBe([start.EventId, inside.EventId]);
        suggestions.Count(s => HasWordStartingWith(s.Title, word[..5])).ShouldBe(2);
    }

    [Fact]
    public async Task Should_suggest_near_misses_when_nothing_starts_with_the_text()
    {
        var listing = SearchApi.Listing($"Hackathon {SearchApi.UniqueWord()}");
        await Index.UpsertAsync(listing);

        // A letter missing: neither a title nor a word starts with "hackaton".
        var suggestions = await Anonymous.AutocompleteAsync("hackaton", take: 20);

        suggestions.Select(s => s.EventId).ShouldContain(listing.EventId);
    }

    private static bool HasWordStartingWith(string title, string prefix) =>
        title.Split(' ').Any(w => w.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
