namespace EventPlatform.Events.Search;

/// <summary>A folded word that occurs in some listing's title (<c>events.search_words</c>), for autocomplete's near misses.</summary>
public sealed class SearchWord
{
    public const int MaxLength = 100;

    private SearchWord()
    {
    }

    public string Word { get; private set; } = null!;
}
