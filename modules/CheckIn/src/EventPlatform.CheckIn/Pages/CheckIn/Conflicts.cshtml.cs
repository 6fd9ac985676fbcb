using EventPlatform.CheckIn.Conflicts;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.CheckIn.Pages.CheckIn;

/// <summary>
/// <c>/manage/events/{eventId}/check-in/conflicts</c>: tickets two offline gates both let in, each with the entry it
/// collided with, for supervisors to follow up and mark reviewed. Staff are refused (403).
/// </summary>
[Authorize(CheckInPermissions.CheckIn.Supervise)]
public sealed class ConflictsModel(IConflictAppService conflicts, IEventCatalog events, ErrorLocalizer errors) : PageModel
{
    [FromRoute]
    public Guid EventId { get; set; }

    public EventSummary Event { get; private set; } = null!;

    public IReadOnlyList<ConflictDto> Conflicts { get; private set; } = [];

    public string? Reviewed { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? reviewed = null)
    {
        if (!await FindEventAsync()) return NotFound();
        Reviewed = reviewed;
        Conflicts = await conflicts.GetListAsync(EventId);
        return Page();
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid scanId)
    {
        if (!await FindEventAsync()) return NotFound();
        try
        {
            var done = await conflicts.ReviewAsync(scanId);
            return RedirectToPage(new { reviewed = done.AttendeeName });
        }
        catch (BusinessException e)
        {
            Error = errors.Localize(e.Code, e.Values);
            Response.StatusCode = e.StatusCode;
            Conflicts = await conflicts.GetListAsync(EventId);
            return Page();
        }
    }

    /// <summary>A date and time in the event's zone.</summary>
    public string Local(DateTimeOffset at) => TimeZones.Format(at, TimeZones.OrUtc(Event.TimeZone));

    private async Task<bool> FindEventAsync()
    {
        var found = await events.FindAsync(EventId, HttpContext.RequestAborted);
        if (found is null) return false;
        Event = found;
        return true;
    }
}
