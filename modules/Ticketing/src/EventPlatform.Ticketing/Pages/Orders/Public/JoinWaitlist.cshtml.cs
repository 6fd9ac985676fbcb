using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Waitlist;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Ticketing.Pages.Orders.Public;

/// <summary>
/// Joining a sold-out ticket type's waitlist. The event page's ticket box embeds <c>_JoinWaitlistForm</c>, which posts here;
/// this page also stands alone (<c>/o/{tenant}/e/{slug}/waitlist?type=...</c>) and shows the outcome.
/// </summary>
[AllowAnonymous]
public sealed class JoinWaitlistModel(IWaitlistAppService waitlist, ErrorLocalizer errors) : PageModel
{
    [FromRoute]
    public string Tenant { get; set; } = "";

    [FromRoute]
    public string Slug { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "type")]
    public Guid TicketTypeId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public int Quantity { get; set; } = 1;

    public WaitlistEntryDto? Joined { get; private set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            Joined = await waitlist.JoinAsync(Tenant, Slug, new JoinWaitlistInput(TicketTypeId, Name ?? "", Email ?? "", Quantity));
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            Error = errors.Localize(e.Code, e.Values);
        }

        return Page();
    }
}
