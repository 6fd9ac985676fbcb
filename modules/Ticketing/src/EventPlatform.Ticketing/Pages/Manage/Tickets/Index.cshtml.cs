using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Quotas;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EventPlatform.Ticketing.Pages.Manage.Tickets;

/// <summary>The event's ticket types with live sales figures, and the quotas they share.</summary>
[Authorize(TicketingPermissions.TicketTypes.Manage)]
public sealed class IndexModel(TicketingEvents events, ITicketTypeAppService ticketTypes, IQuotaAppService quotas, TimeProvider clock)
    : ManagePage(events)
{
    public IReadOnlyList<TicketTypeDto> TicketTypes { get; private set; } = [];

    public IReadOnlyList<QuotaDto> SharedQuotas { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadEventAsync()) return NotFound();
        TicketTypes = await ticketTypes.GetListAsync(EventId);
        SharedQuotas = (await quotas.GetListAsync(EventId)).Where(q => q.Kind == QuotaKind.Shared).ToList();
        Now = clock.GetUtcNow();
        return Page();
    }

    public string NameOf(Guid ticketTypeId) => TicketTypes.FirstOrDefault(t => t.Id == ticketTypeId)?.Name ?? "";

    /// <summary>Whether buyers can book the type now, as the reservation engine decides it (the event's end closes every sale).</summary>
    public SaleState SaleStateOf(TicketTypeDto type) =>
        type.SaleStartsAt is { } start && Now < start ? SaleState.NotYetOnSale
        : Now >= (type.SaleEndsAt ?? Event.EndsAt) ? SaleState.SaleEnded
        : SaleState.OnSale;
}
