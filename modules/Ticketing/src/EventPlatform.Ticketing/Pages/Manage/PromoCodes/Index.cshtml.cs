using EventPlatform.Ticketing.PromoCodes;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EventPlatform.Ticketing.Pages.Manage.PromoCodes;

/// <summary>The event's promo and access codes with how often each was used.</summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class IndexModel(TicketingEvents events, IPromoCodeAppService promoCodes, ITicketTypeAppService ticketTypes) : ManagePage(events)
{
    public IReadOnlyList<PromoCodeDto> Codes { get; private set; } = [];

    public IReadOnlyList<TicketTypeDto> TicketTypes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadEventAsync()) return NotFound();
        Codes = await promoCodes.GetListAsync(EventId);
        TicketTypes = await ticketTypes.GetListAsync(EventId);
        return Page();
    }

    /// <summary>"20 %", "5,00 €" or nothing for an access code; a fixed amount is in the currency of the event's tickets.</summary>
    public string ValueOf(PromoCodeDto code) => code.Kind switch
    {
        PromoCodeKind.Percentage => (code.Value / 100m).ToString("0.##%", System.Globalization.CultureInfo.CurrentCulture),
        PromoCodeKind.FixedAmount => Money.Format(code.Value, TicketTypes.FirstOrDefault()?.Currency ?? "EUR"),
        _ => "",
    };

    public IEnumerable<string> TypeNamesOf(PromoCodeDto code) =>
        code.TicketTypeIds.Select(id => TicketTypes.FirstOrDefault(t => t.Id == id)?.Name).OfType<string>();
}
