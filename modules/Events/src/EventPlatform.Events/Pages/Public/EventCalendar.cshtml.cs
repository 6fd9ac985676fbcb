using EventPlatform.Events.Public;
using EventPlatform.Events.Public.Calendars;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Public;

/// <summary>The .ics of one published event (public or unlisted), for "Add to calendar".</summary>
public sealed class EventCalendarModel(PublicEventReader reader, EventCalendarWriter writer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string tenant, string slug)
    {
        var view = await reader.GetAsync(tenant, slug, HttpContext.RequestAborted);
        var ics = writer.Write(view.Event, PublicUrls.Event(Request, view.Organization.Slug, view.Event.Slug), view.Organization.Name);
        return CalendarFiles.Ics(ics, $"{view.Event.Slug}.ics");
    }
}
