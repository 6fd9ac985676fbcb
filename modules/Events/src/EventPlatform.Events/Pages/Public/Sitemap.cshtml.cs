using EventPlatform.Events.Public;
using EventPlatform.Events.Public.Seo;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Public;

/// <summary>The organization's sitemap: its page and its listed events, minus those hidden from search engines.</summary>
public sealed class SitemapModel(PublicEventReader reader) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string tenant)
    {
        var (organization, events) = await reader.GetListedAsync(tenant, HttpContext.RequestAborted);
        var visible = events.Where(e => !e.HideFromSearchEngines).ToList();
        var urls = visible
            .Select(e => (PublicUrls.Event(Request, organization.Slug, e.Slug), (DateTimeOffset?)(e.ModifiedAt ?? e.CreatedAt)))
            .Prepend((PublicUrls.Organization(Request, organization.Slug), visible.Count > 0 ? visible.Max(e => e.ModifiedAt ?? e.CreatedAt) : null));
        return CalendarFiles.Xml(SitemapWriter.Write(urls));
    }
}
