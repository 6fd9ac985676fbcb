using EventPlatform.Events.Search;
using EventPlatform.Identity.PlatformConsole;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EventPlatform.Events.Pages.SearchIndex;

/// <summary><c>/console/search-index</c>: the platform console's button that rebuilds the directory's search index.</summary>
[Authorize(Policy = ConsolePolicies.PlatformAdmin)]
public sealed class SearchIndexModel(ISearchIndexAppService searchIndex, IOptions<SearchOptions> options, IStringLocalizer<EventsResource> localizer) : PageModel
{
    public string Provider => options.Value.Provider;

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await searchIndex.RebuildAsync();
        StatusMessage = localizer["Search:Reindex:Done", result.Indexed, result.ElapsedMilliseconds];
        return RedirectToPage();
    }
}
