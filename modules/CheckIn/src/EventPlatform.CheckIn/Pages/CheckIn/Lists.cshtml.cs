using EventPlatform.CheckIn.Conflicts;
using EventPlatform.CheckIn.Lists;
using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.Timing;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.CheckIn.Pages.CheckIn;

/// <summary>
/// <c>/manage/events/{eventId}/check-in</c>: the event's check-in lists with how many got in, the way to each scanner,
/// and (for those who set up lists) a form for a new one, which edits a list when <c>?edit={listId}</c> names one, and
/// a delete per list (refused with the reason once the list has scans).
/// </summary>
[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class ListsModel(ICheckInListAppService lists, ITicketTypeAppService ticketTypes, IEventCatalog events, IPermissionChecker permissions,
    ErrorLocalizer errors, FluentValidation.IValidator<CheckInListInput> validator, Microsoft.Extensions.Localization.IStringLocalizer<CheckInResource> texts,
    IConflictAppService conflicts)
    : PageModel
{
    [FromRoute]
    public Guid EventId { get; set; }

    public EventSummary Event { get; private set; } = null!;

    public IReadOnlyList<CheckInListDto> Lists { get; private set; } = [];

    public IReadOnlyList<TicketTypeDto> TicketTypes { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool CanWatch { get; private set; }
    /// <summary>Supervisors see the offline conflicts link, with how many wait for review.</summary>
    public bool CanSupervise { get; private set; }

    public int OpenConflicts { get; private set; }

    [BindProperty]
    public ListForm Form { get; set; } = new();

    public string? Error { get; private set; }

    /// <summary>Set after a create, a save or a delete: what happened, for the status line.</summary>
    public string? Done { get; private set; }

    /// <summary>The list the form edits; null when it creates one.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    public CheckInListDto? Editing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? created = null, string? saved = null, string? deleted = null)
    {
        if (!await LoadAsync()) return NotFound();
        Done = created is not null ? texts["Lists:Created", created].Value
            : saved is not null ? texts["Lists:Saved", saved].Value
            : deleted is not null ? texts["Lists:Deleted", deleted].Value
            : null;
        if (Edit is not null)
        {
            if (!CanManage) return Forbid();
            if (Editing is null) return NotFound();
            var zone = TimeZones.OrUtc(Event.TimeZone);
            Form = new ListForm
            {
                Name = Editing.Name, SessionId = Editing.SessionId, TicketTypeIds = [.. Editing.TicketTypeIds], ReEntry = Editing.ReEntry,
                TracksExits = Editing.TracksExits, OpensAt = EventClock.ToLocal(Editing.OpensAt, zone), ClosesAt = EventClock.ToLocal(Editing.ClosesAt, zone),
            };
        }

        return await ViewAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (!await LoadAsync()) return NotFound();
        if (!CanManage) return Forbid();
        var list = Lists.FirstOrDefault(l => l.Id == id);
        if (list is null) return NotFound();
        try
        {
            await lists.DeleteAsync(id);
            return RedirectToPage(new { deleted = list.Name, edit = (Guid?)null });
        }
        catch (BusinessException e)
        {
            DeleteError = (id, errors.Localize(e.Code, e.Values));
            Response.StatusCode = e.StatusCode;
            return await ViewAsync();
        }
    }

    /// <summary>A refused delete: which list, and why (shown in that list's card).</summary>
    public (Guid List, string Message)? DeleteError { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!CanManage) return Forbid();
        if (Edit is not null && Editing is null) return NotFound();
        var zone = TimeZones.OrUtc(Event.TimeZone);
        if (!EventClock.TryToUtc(Form.OpensAt, zone, out var opensAt) || !EventClock.TryToUtc(Form.ClosesAt, zone, out var closesAt))
        {
            Error = L("Lists:TimeDoesNotExist");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ViewAsync();
        }

        var input = new CheckInListInput(Form.Name ?? "", Form.SessionId, Form.TicketTypeIds, opensAt, closesAt, Form.ReEntry, Form.TracksExits);
        var validation = await validator.ValidateAsync(input);
        if (!validation.IsValid)
        {
            Error = string.Join(" ", validation.Errors.Select(x => x.PropertyName switch
            {
                nameof(CheckInListInput.Name) => L("Lists:NameRequired"),
                nameof(CheckInListInput.ClosesAt) => L("Lists:ClosesBeforeOpens"),
                _ => x.ErrorMessage,
            }).Distinct());
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ViewAsync();
        }

        try
        {
            if (Editing is { } editing)
            {
                var saved = await lists.UpdateAsync(editing.Id, input);
                return RedirectToPage(new { saved = saved.Name, edit = (Guid?)null });
            }

            var list = await lists.CreateAsync(EventId, input);
            return RedirectToPage(new { created = list.Name });
        }
        catch (BusinessException e)
        {
            Error = errors.Localize(e.Code, e.Values);
            Response.StatusCode = e.StatusCode;
            return await ViewAsync();
        }
    }

    private string L(string key) => texts[key];

    public string Local(DateTimeOffset at) => TimeZones.Format(at, TimeZones.OrUtc(Event.TimeZone));

    private async Task<bool> LoadAsync()
    {
        var found = await events.FindAsync(EventId, HttpContext.RequestAborted);
        if (found is null) return false;
        Event = found;
        Lists = await lists.GetListAsync(EventId);
        CanManage = permissions.IsGranted(CheckInPermissions.Lists.Manage);
        CanWatch = permissions.IsGranted(CheckInPermissions.Dashboard.Read);
        CanSupervise = permissions.IsGranted(CheckInPermissions.CheckIn.Supervise);
        Editing = Edit is { } id ? Lists.FirstOrDefault(l => l.Id == id) : null;
        return true;
    }

    /// <summary>The page itself, with what only its view needs (a handler that redirects does not read it).</summary>
    private async Task<PageResult> ViewAsync()
    {
        if (CanSupervise) OpenConflicts = (await conflicts.GetListAsync(EventId)).Count(c => c.ReviewedAt is null);
        if (CanManage) TicketTypes = await ticketTypes.GetListAsync(EventId);
        return Page();
    }

}

public sealed class ListForm
{
    public string? Name { get; set; }
    public Guid? SessionId { get; set; }
    public List<Guid> TicketTypeIds { get; set; } = [];
    public DateTime? OpensAt { get; set; }
    public DateTime? ClosesAt { get; set; }
    public ReEntryRule ReEntry { get; set; }
    public bool TracksExits { get; set; }
}
