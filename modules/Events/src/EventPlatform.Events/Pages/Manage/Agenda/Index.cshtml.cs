using EventPlatform.Events.Events;
using EventPlatform.Events.Services.Agenda;
using EventPlatform.Events.Sessions;
using EventPlatform.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Manage.Agenda;

/// <summary>An event's agenda, day by day in the event's time zone.</summary>
[Authorize(EventsPermissions.Events.Read)]
public sealed class IndexModel(IEventAppService events, SessionAppService sessions, IPermissionChecker permissions) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    public EventDto Event { get; private set; } = null!;

    /// <summary>Sessions grouped by their local day, days and sessions in order.</summary>
    public IReadOnlyList<IGrouping<DateTime, SessionDto>> Days { get; private set; } = [];

    /// <summary>Staff may read the agenda; only managers see the buttons that change it.</summary>
    public bool CanManage => permissions.IsGranted(EventsPermissions.Events.Manage);

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync()
    {
        Event = await events.GetAsync(Id);
        var agenda = await sessions.GetListAsync(Id);
        Days = agenda.OrderBy(s => s.StartsAt).GroupBy(s => s.StartLocal.Date).OrderBy(d => d.Key).ToList();
    }
}
