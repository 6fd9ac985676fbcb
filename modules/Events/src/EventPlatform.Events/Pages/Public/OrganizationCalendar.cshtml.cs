using EventPlatform.Events.Public;
using EventPlatform.Events.Public.Calendars;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Public;

/// <summary>The organization's iCal feed: its publicly listed events, for calendar apps that subscribe.</summary>
public sealed class OrganizationCalendarModel(PublicEventReader reader, EventCalendarWriter writer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string tenant)
    {
        var (organization, events) = await reader.GetListedAsync(tenant, HttpContext.RequestAborted);
        var ics = writer.WriteFeed(events.Select(e => (e, PublicUrls.Event(Request, organization.Slug, e.Slug))), organization.Name);
        return CalendarFiles.Ics(ics, $"{organization.Slug}.ics");
    }
}
