using System.Text.Json.Nodes;
using EventPlatform.Events.Public;

namespace EventPlatform.Events.Search;

/// <summary>
/// The Elasticsearch index definition and queries, mirroring the PostgreSQL provider: ASCII folding on every text
/// field, field boosts in the order title > tags/speakers > summary/city > description, and edge n-grams of the
/// title's words for autocomplete.
/// </summary>
internal static class ElasticsearchQueries
{
    public static JsonNode IndexDefinition() => new JsonObject
    {
        ["settings"] = new JsonObject
        {
            ["analysis"] = new JsonObject
            {
                ["normalizer"] = new JsonObject { ["folded"] = Folding("custom") },
                ["filter"] = new JsonObject
                {
                    ["title_edge"] = new JsonObject { ["type"] = "edge_ngram", ["min_gram"] = 1, ["max_gram"] = 20 },
                },
                ["analyzer"] = new JsonObject
                {
                    ["folded"] = Analyzer(),
                    ["folded_edge"] = Analyzer("title_edge"),
                },
            },
        },
        ["mappings"] = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["eventId"] = Keyword(),
                ["organizationId"] = Keyword(),
                ["organizationSlug"] = Keyword(),
                ["organizationName"] = Text(),
                ["title"] = new JsonObject
                {
                    ["type"] = "text", ["analyzer"] = "folded",
                    ["fields"] = new JsonObject
                    {
                        ["autocomplete"] = new JsonObject { ["type"] = "text", ["analyzer"] = "folded_edge", ["search_analyzer"] = "folded" },
                        ["sort"] = new JsonObject { ["type"] = "keyword", ["normalizer"] = "folded" },
                    },
                },
                ["slug"] = Keyword(),
                ["summary"] = Text(),
                ["description"] = Text(),
                ["type"] = Keyword(),
                ["format"] = Keyword(),
                ["startsAt"] = new JsonObject { ["type"] = "date" },
                ["endsAt"] = new JsonObject { ["type"] = "date" },
                ["timeZone"] = Keyword(),
                ["city"] = new JsonObject { ["type"] = "text", ["analyzer"] = "folded", ["fields"] = new JsonObject { ["key"] = FoldedKeyword() } },
                ["tags"] = new JsonObject { ["type"] = "text", ["analyzer"] = "folded", ["fields"] = new JsonObject { ["key"] = FoldedKeyword() } },
                ["speakers"] = Text(),
                ["coverImageUrl"] = new JsonObject { ["type"] = "keyword", ["index"] = false },
            },
        },
    };

    public static JsonNode Document(PublicEventListing l) => new JsonObject
    {
        ["eventId"] = l.EventId.ToString(),
        ["organizationId"] = l.OrganizationId.ToString(),
        ["organizationSlug"] = l.OrganizationSlug,
        ["organizationName"] = l.OrganizationName,
        ["title"] = l.Title,
        ["slug"] = l.Slug,
        ["summary"] = l.Summary,
        ["description"] = l.DescriptionText,
        ["type"] = l.Type.ToString(),
        ["format"] = l.Format.ToString(),
        ["startsAt"] = l.StartsAt.ToUniversalTime(),
        ["endsAt"] = l.EndsAt.ToUniversalTime(),
        ["timeZone"] = l.TimeZone,
        ["city"] = l.City,
        ["tags"] = new JsonArray(l.Tags.Select(t => (JsonNode?)t).ToArray()),
        ["speakers"] = new JsonArray(l.SpeakerNames.Select(s => (JsonNode?)s).ToArray()),
        ["coverImageUrl"] = l.CoverImageUrl,
    };

    public static JsonNode Search(SearchQuery query)
    {
        var filters = new JsonArray();
        if (query.From is { } from) filters.Add(Range("endsAt", "gte", from));
        if (query.To is { } to) filters.Add(Range("startsAt", "lt", to));
        if (!string.IsNullOrWhiteSpace(query.City)) filters.Add(Term("city.key", query.City.Trim()));
        if (query.Format is { } format) filters.Add(Term("format", format.ToString()));
        foreach (var tag in query.Tags?.Where(t => !string.IsNullOrWhiteSpace(t)) ?? []) filters.Add(Term("tags.key", tag.Trim()));
        if (!string.IsNullOrWhiteSpace(query.Speaker))
        {
            filters.Add(new JsonObject { ["match_phrase"] = new JsonObject { ["speakers"] = query.Speaker.Trim() } });
        }

        var boolQuery = new JsonObject { ["filter"] = filters };
        var hasText = !string.IsNullOrWhiteSpace(query.Text);
        if (hasText)
        {
            boolQuery["must"] = new JsonObject
            {
                ["multi_match"] = new JsonObject
                {
                    ["query"] = query.Text!.Trim(),
                    ["fields"] = new JsonArray("title^10", "tags^4", "speakers^4", "summary^2", "city^2", "description"),
                    ["operator"] = "and",
                    ["type"] = "cross_fields",
                },
            };
        }

        var sort = new JsonArray();
        if (hasText && query.Sort == SearchSort.Relevance) sort.Add("_score");
        sort.Add(new JsonObject { ["startsAt"] = "asc" });
        sort.Add(new JsonObject { ["eventId"] = "asc" });
        return new JsonObject
        {
            ["from"] = Math.Max(0, query.Skip),
            ["size"] = Math.Clamp(query.Take, 1, SearchQuery.MaxTake),
            ["track_total_hits"] = true,
            ["query"] = new JsonObject { ["bool"] = boolQuery },
            ["sort"] = sort,
        };
    }

    /// <summary>Every word typed must start a word of the title; titles that start with the text come first.</summary>
    public static JsonNode Autocomplete(string text, int take) => new JsonObject
    {
        ["size"] = take,
        ["query"] = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["must"] = new JsonObject
                {
                    ["match"] = new JsonObject { ["title.autocomplete"] = new JsonObject { ["query"] = text, ["operator"] = "and" } },
                },
                ["should"] = new JsonArray(
                    new JsonObject { ["prefix"] = new JsonObject { ["title.sort"] = new JsonObject { ["value"] = text, ["boost"] = 10, ["case_insensitive"] = true } } },
                    new JsonObject { ["match_phrase_prefix"] = new JsonObject { ["title"] = text } }),
            },
        },
        ["sort"] = new JsonArray("_score", new JsonObject { ["title.sort"] = "asc" }),
    };

    private static JsonObject Folding(string type) => new() { ["type"] = type, ["filter"] = new JsonArray("lowercase", "asciifolding") };

    private static JsonObject Analyzer(params string[] extra)
    {
        var filters = new JsonArray("lowercase", "asciifolding");
        foreach (var f in extra) filters.Add(f);
        return new JsonObject { ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = filters };
    }

    private static JsonObject Keyword() => new() { ["type"] = "keyword" };

    private static JsonObject FoldedKeyword() => new() { ["type"] = "keyword", ["normalizer"] = "folded" };

    private static JsonObject Text() => new() { ["type"] = "text", ["analyzer"] = "folded" };

    private static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonObject Range(string field, string op, DateTimeOffset value) =>
        new() { ["range"] = new JsonObject { [field] = new JsonObject { [op] = value.ToUniversalTime() } } };
}
