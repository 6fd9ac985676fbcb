using EventPlatform.CheckIn.Lists;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.CheckIn.Pages.CheckIn;

/// <summary>
/// <c>/check-in</c>: where staff start at an entrance — the organization's events that have not ended, each with its
/// check-in lists, one tap from the scanner. The gate app's home (the scanner's back link and the installed app open it).
/// </summary>
[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class IndexModel(ICheckInListAppService lists, IPermissionChecker permissions) : PageModel
{
    public IReadOnlyList<GateEventDto> Events { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task OnGetAsync()
    {
        Events = await lists.GetGatesAsync();
        CanManage = permissions.IsGranted(CheckInPermissions.Lists.Manage);
    }

    /// <summary>The event's dates in its own time zone, as its attendees read them.</summary>
    public static string When(GateEventDto @event) => TimeZones.Format(@event.StartsAt, TimeZones.OrUtc(@event.TimeZone));
}
