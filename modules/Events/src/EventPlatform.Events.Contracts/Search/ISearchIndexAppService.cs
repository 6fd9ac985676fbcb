using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Search;

/// <summary>Maintenance of the directory's search index; platform administrators only.</summary>
public interface ISearchIndexAppService : IApplicationService
{
    /// <summary><c>POST api/events/search-index/rebuild</c>: empties the index and feeds every public listing of every organization again.</summary>
    Task<SearchReindexResultDto> RebuildAsync();
}

public sealed record SearchReindexResultDto(string Provider, int Indexed, long ElapsedMilliseconds);
