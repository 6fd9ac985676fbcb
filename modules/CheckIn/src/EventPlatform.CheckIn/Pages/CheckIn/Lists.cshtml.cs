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
/// and (for those who set up lists) a form for a new one.
/// </summary>
[Authorize(CheckInPermissions.CheckIn.Scan)]
public sealed class ListsModel(ICheckInListAppService lists, ITicketTypeAppService ticketTypes, IEventCatalog events, IPermissionChecker permissions,
    ErrorLocalizer errors, FluentValidation.IValidator<CheckInListInput> validator, Microsoft.Extensions.Localization.IStringLocalizer<CheckInResource> texts)
    : PageModel
{
    [FromRoute]
    public Guid EventId { get; set; }

    public EventSummary Event { get; private set; } = null!;

    public IReadOnlyList<CheckInListDto> Lists { get; private set; } = [];

    public IReadOnlyList<TicketTypeDto> TicketTypes { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool CanWatch { get; private set; }

    [BindProperty]
    public ListForm Form { get; set; } = new();

    public string? Error { get; private set; }

    public string? Created { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? created = null)
    {
        if (!await LoadAsync()) return NotFound();
        Created = created;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (!CanManage) return Forbid();
        var zone = TimeZones.OrUtc(Event.TimeZone);
        if (!EventClock.TryToUtc(Form.OpensAt, zone, out var opensAt) || !EventClock.TryToUtc(Form.ClosesAt, zone, out var closesAt))
        {
            Error = L("Lists:TimeDoesNotExist");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
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
            return Page();
        }

        try
        {
            var list = await lists.CreateAsync(EventId, input);
            return RedirectToPage(new { created = list.Name });
        }
        catch (BusinessException e)
        {
            Error = errors.Localize(e.Code, e.Values);
            Response.StatusCode = e.StatusCode;
            return Page();
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
        if (CanManage) TicketTypes = await ticketTypes.GetListAsync(EventId);
        return true;
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
