using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Waitlist;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Ticketing.Pages.Orders.Manage;

/// <summary>An event's waitlists by ticket type: who waits, who has an offer until when; remove people or offer free seats now.</summary>
[Authorize(TicketingPermissions.Registrations.Manage)]
public sealed class WaitlistModel(IWaitlistAppService waitlist, IEventCatalog catalog, ErrorLocalizer errors) : PageModel
{
    [FromRoute]
    public Guid EventId { get; set; }

    public EventSummary Event { get; private set; } = null!;

    public IReadOnlyList<IGrouping<string, WaitlistEntryDto>> ByType { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await catalog.FindAsync(EventId) is not { } found) return NotFound();
        Event = found;
        ByType = (await waitlist.GetListAsync(EventId)).GroupBy(e => e.TicketTypeName).OrderBy(g => g.Key).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostRemoveAsync(Guid entryId) => RunAsync(() => waitlist.RemoveAsync(entryId), "Waitlist:Removed");

    public Task<IActionResult> OnPostOfferAsync(Guid ticketTypeId) => RunAsync(async () =>
    {
        var offered = await waitlist.OfferNextAsync(ticketTypeId);
        Status = offered == 0 ? "Waitlist:NoSeatsFree" : "Waitlist:OffersSent";
    }, null);

    private async Task<IActionResult> RunAsync(Func<Task> action, string? done)
    {
        try
        {
            await action();
            if (done is not null) Status = done;
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            Error = errors.Localize(e.Code, e.Values);
        }

        return Redirect(Request.Path);
    }
}
