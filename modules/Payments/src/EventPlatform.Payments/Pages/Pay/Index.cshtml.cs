using EventPlatform.Identity.Organizations;
using EventPlatform.Payments.Services;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Orders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Payments.Pages.Pay;

/// <summary>
/// <c>/o/{tenant}/pay/{orderId}?t=token</c>: sends the buyer to the order's provider checkout (resuming an open one).
/// Shown only when that cannot happen right now: the provider did not answer, or the order cannot be paid any more.
/// </summary>
public sealed class PayPageModel(IOrderSettlement orders, PaymentStarter starter, IOrganizationBrandingProvider branding, ErrorLocalizer errors)
    : PageModel
{
    public PayView View { get; private set; } = null!;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string tenant, Guid orderId, string? t)
    {
        if (await orders.FindForBuyerAsync(orderId, t, HttpContext.RequestAborted) is not { } order) return NotFound();
        var orderPath = OrderPaths.Order(tenant, order.Number, order.AccessToken);
        if (order.Status == OrderStatus.Confirmed) return Redirect(orderPath);
        View = new PayView(await branding.GetCurrentAsync(HttpContext.RequestAborted), order, orderPath, PaymentPaths.Pay(tenant, orderId, order.AccessToken));
        try
        {
            var origin = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
            var links = new PaymentLinks(
                payment => origin + PaymentPaths.Return(tenant, orderId, payment, order.AccessToken),
                payment => origin + PaymentPaths.Cancelled(tenant, orderId, payment, order.AccessToken));
            return Redirect(await starter.StartAsync(order, links, HttpContext.RequestAborted));
        }
        catch (BusinessException e) when (e.StatusCode is >= 400 and < 600)
        {
            Problem = errors.Localize(e.Code, e.Values);
            Response.StatusCode = e.StatusCode;
            return Page();
        }
    }
}
