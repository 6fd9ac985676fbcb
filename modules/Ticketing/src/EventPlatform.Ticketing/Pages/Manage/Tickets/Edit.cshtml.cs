using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.TicketTypes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using EventPlatform.Platform.Timing;

namespace EventPlatform.Ticketing.Pages.Manage.Tickets;

/// <summary>Adds a ticket type (<c>/manage/events/{id}/tickets/new</c>) or edits one; deleting is offered while nothing was sold or held.</summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class EditModel(
    TicketingEvents events,
    ITicketTypeAppService ticketTypes,
    IValidator<TicketTypeInput> validator,
    ErrorLocalizer errors,
    IStringLocalizer<TicketingResource> text) : ManagePage(events)
{
    // Domain errors -> the field the organizer should fix.
    private static readonly Dictionary<string, string> CodeFields = new(StringComparer.Ordinal)
    {
        [TicketingErrorCodes.QuantityBelowTaken] = nameof(TicketTypeForm.Quantity),
        [TicketingErrorCodes.SessionNotFound] = nameof(TicketTypeForm.SessionId),
        [TicketingErrorCodes.TicketTypeInUse] = nameof(TicketTypeForm.SessionId),
    };

    /// <summary>"new" or the ticket type's id.</summary>
    [FromRoute]
    public string TicketTypeId { get; set; } = "";

    [BindProperty]
    public TicketTypeForm Input { get; set; } = new();

    public TicketTypeDto? TicketType { get; private set; }

    public bool IsNew => TicketType is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (TicketType is not null) Input = TicketTypeForm.From(TicketType, Zone);
        else Input.Currency = (await ticketTypes.GetListAsync(EventId)).FirstOrDefault()?.Currency ?? Input.Currency;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        ModelState.Clear();
        if (!Input.TryParsePrice(out var price)) ModelState.AddModelError("Input.Price", L("Manage:PriceInvalid"));
        if (!Input.TryParseTaxRate(out var taxRate)) ModelState.AddModelError("Input.TaxRate", L("Manage:TaxRateInvalid"));
        if (!EventClock.TryToUtc(Input.SaleStartsAt, Zone, out var startsAt)) ModelState.AddModelError("Input.SaleStartsAt", L("Manage:TimeDoesNotExist"));
        if (!EventClock.TryToUtc(Input.SaleEndsAt, Zone, out var endsAt)) ModelState.AddModelError("Input.SaleEndsAt", L("Manage:TimeDoesNotExist"));
        var input = Input.ToInput(price, taxRate, startsAt, endsAt);
        var validation = await validator.ValidateAsync(input);
        if (!ModelState.IsValid | !ModelState.AddErrors(validation)) return Page();
        try
        {
            var saved = TicketType is null ? await ticketTypes.CreateAsync(EventId, input) : await ticketTypes.UpdateAsync(TicketType.Id, input);
            Status = TicketType is null ? "Manage:TicketTypeCreated" : "Manage:TicketTypeSaved";
            return Redirect($"/manage/events/{EventId}/tickets");
        }
        catch (BusinessException e) when (e.StatusCode != StatusCodes.Status404NotFound || e.Code == TicketingErrorCodes.SessionNotFound)
        {
            ModelState.AddError(e, errors, CodeFields);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await LoadAsync() || TicketType is null) return NotFound();
        try
        {
            await ticketTypes.DeleteAsync(TicketType.Id);
        }
        catch (BusinessException e) when (e.Code == TicketingErrorCodes.TicketTypeInUse)
        {
            Input = TicketTypeForm.From(TicketType, Zone);
            ModelState.AddError(e, errors);
            return Page();
        }

        Status = "Manage:TicketTypeDeleted";
        return Redirect($"/manage/events/{EventId}/tickets");
    }

    private string L(string key) => text[key];

    private async Task<bool> LoadAsync()
    {
        var (valid, id) = ParseId(TicketTypeId);
        if (!valid || !await LoadEventAsync()) return false;
        if (id is null) return true;
        try
        {
            TicketType = await ticketTypes.GetAsync(id.Value);
        }
        catch (BusinessException e) when (e.StatusCode == StatusCodes.Status404NotFound)
        {
            return false;
        }

        return TicketType.EventId == EventId;
    }
}
