using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Checkout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>Takes the ticket box's form: reserves, keeps the token in the reservation's cookie and opens the checkout.</summary>
public sealed class ReservePageModel(ICheckoutAppService checkout, ErrorLocalizer errors, IStringLocalizer<TicketingResource> l) : PageModel
{
    /// <summary>The ticket box reads a refusal from here after the redirect back.</summary>
    public const string ErrorKey = "Checkout:ReserveError";

    [BindProperty]
    public List<LineForm> Lines { get; set; } = [];

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? IdempotencyKey { get; set; }

    public IActionResult OnGet(string tenant, string slug) => Redirect(EventPath(tenant, slug));

    public async Task<IActionResult> OnPostAsync(string tenant, string slug)
    {
        var lines = Lines.Where(l => l.Quantity > 0).Select(l => new ReservationLineInput(l.TicketTypeId, l.Quantity)).ToList();
        if (lines.Count == 0) return Back(tenant, slug, l["Checkout:ChooseTickets"]);
        try
        {
            var key = IdempotencyKey is { Length: > 0 and <= CheckoutConsts.MaxIdempotencyKeyLength } k ? k : null;
            var reservation = await checkout.ReserveAsync(tenant, slug, new ReserveInput(lines, string.IsNullOrWhiteSpace(Code) ? null : Code.Trim(), key));
            ReservationCookie.Write(HttpContext, tenant, reservation.Id, reservation.Token);
            return Redirect(ReservationCookie.Path(tenant, reservation.Id));
        }
        catch (BusinessException e) when (e.StatusCode is >= 400 and < 500)
        {
            return Back(tenant, slug, errors.Localize(e.Code, e.Values));
        }
    }

    private RedirectResult Back(string tenant, string slug, string message)
    {
        TempData[ErrorKey] = message;
        var query = string.IsNullOrWhiteSpace(Code) ? "" : "?code=" + Uri.EscapeDataString(Code.Trim());
        return Redirect(EventPath(tenant, slug) + query + "#tickets");
    }

    private static string EventPath(string tenant, string slug) => $"/o/{Uri.EscapeDataString(tenant)}/e/{Uri.EscapeDataString(slug)}";

    public sealed class LineForm
    {
        public Guid TicketTypeId { get; set; }

        public int Quantity { get; set; }
    }
}
