using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Search;

/// <summary>
/// The public directory of published public events of every organization (<c>/events</c>): full-text search with
/// filters, and title suggestions as the visitor types. Anonymous; reads only the search index.
/// </summary>
public interface IDirectoryAppService : IApplicationService
{
    /// <summary><c>GET api/events/directory</c>: one page of matching events.</summary>
    Task<SearchResultDto> GetListAsync(DirectorySearchRequest input);

    /// <summary><c>GET api/events/directory/autocomplete</c>: titles that start with (or closely match) the text.</summary>
    Task<IReadOnlyList<AutocompleteItemDto>> GetAutocompleteAsync(AutocompleteRequest input);
}
