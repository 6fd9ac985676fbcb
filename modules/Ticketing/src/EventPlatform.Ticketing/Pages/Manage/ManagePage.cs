using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Timing;
using EventPlatform.Ticketing.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Ticketing.Pages.Manage;

/// <summary>A page of one event's ticket set-up: finds the event (another organization's is not found) and its time zone.</summary>
public abstract class ManagePage(TicketingEvents events) : PageModel
{
    [FromRoute]
    public Guid EventId { get; set; }

    public EventSummary Event { get; private set; } = null!;

    /// <summary>Dates are shown and entered in the event's zone, whatever the organizer's browser says.</summary>
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [TempData]
    public string? Status { get; set; }

    protected async Task<bool> LoadEventAsync()
    {
        try
        {
            Event = await events.GetAsync(EventId, HttpContext.RequestAborted);
        }
        catch (BusinessException e) when (e.StatusCode == StatusCodes.Status404NotFound)
        {
            return false;
        }

        Zone = TimeZones.OrUtc(Event.TimeZone);
        return true;
    }

    /// <summary>Parses a route's "new" or id segment: (true, null) for new, (true, id) for an id, (false, _) otherwise.</summary>
    protected static (bool Valid, Guid? Id) ParseId(string segment) =>
        segment == "new" ? (true, null) : Guid.TryParse(segment, out var id) ? (true, id) : (false, null);
}
