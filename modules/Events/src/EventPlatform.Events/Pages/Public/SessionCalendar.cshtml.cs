using EventPlatform.Events.Public;
using EventPlatform.Events.Public.Calendars;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Public;

/// <summary>The .ics of one session of a published event; a cancelled session says so, so calendars drop it.</summary>
public sealed class SessionCalendarModel(PublicEventReader reader, EventCalendarWriter writer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string tenant, string slug, Guid sessionId)
    {
        var view = await reader.GetAsync(tenant, slug, HttpContext.RequestAborted);
        var session = view.Sessions.FirstOrDefault(s => s.Id == sessionId)
            ?? throw new BusinessException(EventsErrorCodes.SessionNotFound, 404).WithData("session", sessionId);
        var url = new Uri(PublicUrls.Event(Request, view.Organization.Slug, view.Event.Slug) + "#agenda");
        var ics = writer.Write(view.Event, session, url, view.Organization.Name);
        return CalendarFiles.Ics(ics, $"{view.Event.Slug}-session-{session.Id.ToString()[..8]}.ics");
    }
}
