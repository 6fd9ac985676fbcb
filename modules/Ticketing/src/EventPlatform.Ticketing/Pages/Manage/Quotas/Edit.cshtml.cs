using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.TicketTypes;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace EventPlatform.Ticketing.Pages.Manage.Quotas;

/// <summary>Adds or edits a quota shared by several ticket types of the event (e.g. Early Bird and Regular sharing 500 seats).</summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class EditModel(
    TicketingEvents events,
    IQuotaAppService quotas,
    ITicketTypeAppService ticketTypes,
    IValidator<QuotaInput> validator,
    ErrorLocalizer errors) : ManagePage(events)
{
    private static readonly Dictionary<string, string> CodeFields = new(StringComparer.Ordinal)
    {
        [TicketingErrorCodes.QuantityBelowTaken] = nameof(QuotaForm.Size),
        [TicketingErrorCodes.TicketTypeNotFound] = nameof(QuotaForm.TicketTypeIds),
    };

    /// <summary>"new" or the quota's id.</summary>
    [FromRoute]
    public string QuotaId { get; set; } = "";

    [BindProperty]
    public QuotaForm Input { get; set; } = new();

    public QuotaDto? Quota { get; private set; }

    public IReadOnlyList<TicketTypeDto> TicketTypes { get; private set; } = [];

    public bool IsNew => Quota is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        if (Quota is not null) Input = QuotaForm.From(Quota);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync()) return NotFound();
        ModelState.Clear();
        var input = Input.ToInput();
        if (!ModelState.AddErrors(await validator.ValidateAsync(input))) return Page();
        try
        {
            if (Quota is null) await quotas.CreateAsync(EventId, input);
            else await quotas.UpdateAsync(Quota.Id, input);
            Status = Quota is null ? "Manage:QuotaCreated" : "Manage:QuotaSaved";
            return Redirect($"/manage/events/{EventId}/tickets");
        }
        catch (BusinessException e) when (e.StatusCode != StatusCodes.Status404NotFound)
        {
            ModelState.AddError(e, errors, CodeFields);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (!await LoadAsync() || Quota is null) return NotFound();
        try
        {
            await quotas.DeleteAsync(Quota.Id);
        }
        catch (BusinessException e) when (e.StatusCode != StatusCodes.Status404NotFound)
        {
            Input = QuotaForm.From(Quota);
            ModelState.AddError(e, errors);
            return Page();
        }

        Status = "Manage:QuotaDeleted";
        return Redirect($"/manage/events/{EventId}/tickets");
    }

    private async Task<bool> LoadAsync()
    {
        var (valid, id) = ParseId(QuotaId);
        if (!valid || !await LoadEventAsync()) return false;
        TicketTypes = await ticketTypes.GetListAsync(EventId);
        if (id is null) return true;
        // Only shared quotas are edited here; the others belong to their ticket type, session or promo code.
        Quota = (await quotas.GetListAsync(EventId)).FirstOrDefault(q => q.Id == id && q.Kind == QuotaKind.Shared);
        return Quota is not null;
    }
}
