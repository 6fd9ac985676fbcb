using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.TicketTypes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using EventPlatform.Platform.Timing;

namespace EventPlatform.Ticketing.Pages.Manage.PromoCodes;

/// <summary>Adds or edits a discount or access code of the event.</summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class EditModel(
    TicketingEvents events,
    IPromoCodeAppService promoCodes,
    ITicketTypeAppService ticketTypes,
    IValidator<PromoCodeInput> validator,
    ErrorLocalizer errors,
    IStringLocalizer<TicketingResource> text) : ManagePage(events)
{
    private static readonly Dictionary<string, string> CodeFields = new(StringComparer.Ordinal)
    {
        [TicketingErrorCodes.PromoCodeTaken] = nameof(PromoCodeForm.Code),
        [TicketingErrorCodes.PromoCodeInvalid] = nameof(PromoCodeForm.Value),
        [TicketingErrorCodes.QuantityBelowTaken] = nameof(PromoCodeForm.UsageLimit),
        [TicketingErrorCodes.QuantityOutOfRange] = nameof(PromoCodeForm.UsageLimit),
        [TicketingErrorCodes.TicketTypeNotFound] = nameof(PromoCodeForm.TicketTypeIds),
    };

    /// <summary>"new" or the code's id.</summary>
    [FromRoute]
    public string PromoCodeId { get; set; } = "";

    [BindProperty]
    public PromoCodeForm Input { get; set; } = new();

    public PromoCodeDto? Code { get; private set; }

    public IReadOnlyList<TicketTypeDto> TicketTypes { get; private set; } = [];

    public bool IsNew => Code is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Code is not null) Input = PromoCodeForm.From(Code, Zone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        ModelState.Clear();
        if (!Input.TryParseValue(out var value)) ModelState.AddModelError("Input.Value", text["Manage:ValueInvalid"]);
        if (!EventClock.TryToUtc(Input.ValidFrom, Zone, out var from)) ModelState.AddModelError("Input.ValidFrom", text["Manage:TimeDoesNotExist"]);
        if (!EventClock.TryToUtc(Input.ValidUntil, Zone, out var until)) ModelState.AddModelError("Input.ValidUntil", text["Manage:TimeDoesNotExist"]);
        var input = Input.ToInput(value, from, until);
        var validation = await validator.ValidateAsync(input);
        if (!ModelState.IsValid | !ModelState.AddErrors(validation)) return Page();
        try
        {
            if (Code is null) await promoCodes.CreateAsync(EventId, input);
            else await promoCodes.UpdateAsync(Code.Id, input);
            Status = Code is null ? "Manage:PromoCodeCreated" : "Manage:PromoCodeSaved";
            return Redirect($"/manage/events/{EventId}/promo-codes");
        }
        catch (BusinessException e) when (e.StatusCode != StatusCodes.Status404NotFound || e.Code == TicketingErrorCodes.TicketTypeNotFound)
        {
            ModelState.AddError(e, errors, CodeFields);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await LoadAsync() || Code is null) return NotFound();
        await promoCodes.DeleteAsync(Code.Id);
        Status = "Manage:PromoCodeDeleted";
        return Redirect($"/manage/events/{EventId}/promo-codes");
    }

    private async Task<bool> LoadAsync()
    {
        var (valid, id) = ParseId(PromoCodeId);
        if (!valid || !await LoadEventAsync()) return false;
        TicketTypes = await ticketTypes.GetListAsync(EventId);
        if (id is null) return true;
        Code = (await promoCodes.GetListAsync(EventId)).FirstOrDefault(p => p.Id == id);
        return Code is not null;
    }
}
