using EventPlatform.Identity.PlatformConsole;
using Microsoft.AspNetCore.Authorization;

namespace EventPlatform.Events.Search;

/// <summary>Rebuilds the search index on demand (after switching providers, or to repair it); platform administrators only.</summary>
[Authorize(Policy = ConsolePolicies.PlatformAdmin)]
public sealed class SearchIndexAppService(SearchReindexer reindexer) : ISearchIndexAppService
{
    public Task<SearchReindexResultDto> RebuildAsync() => reindexer.RebuildAsync();
}
