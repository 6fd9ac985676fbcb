namespace EventPlatform.Events.Search;

/// <summary>
/// The directory's search over published public events of all organizations. Two providers: PostgreSQL
/// (default) and Elasticsearch (<c>Search:Provider = Elasticsearch</c>). Holds only public data.
/// </summary>
public interface ISearchIndex
{
    Task UpsertAsync(Public.PublicEventListing listing, CancellationToken cancellationToken = default);

    Task RemoveAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<SearchResultDto> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Titles that start with (or closely match) what the user typed, accents ignored.</summary>
    Task<IReadOnlyList<AutocompleteItemDto>> AutocompleteAsync(string prefix, int take = 8, CancellationToken cancellationToken = default);

    /// <summary>Empties the index; the re-index command then feeds every public listing again.</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}
