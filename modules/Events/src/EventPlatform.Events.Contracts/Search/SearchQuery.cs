using EventPlatform.Events.Events;

namespace EventPlatform.Events.Search;

public sealed record SearchQuery(
    string? Text = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? City = null,
    EventFormat? Format = null,
    IReadOnlyList<string>? Tags = null,
    string? Speaker = null,
    SearchSort Sort = SearchSort.Relevance,
    int Skip = 0,
    int Take = 20)
{
    public const int MaxTake = 100;
    public const int MaxTextLength = 200;
}

public enum SearchSort
{
    Relevance,
    Date,
}
