using EventPlatform.Events.Catalog;
using EventPlatform.Identity.Organizations;
using EventPlatform.Payments.Checkout;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Orders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>The confirmation after checkout (<c>/o/{tenant}/checkout/{id}/done</c>): number, attendees with ticket codes, order link.</summary>
public sealed class DonePageModel(ICheckoutAppService checkout, IEventCatalog catalog, IOrganizationBrandingProvider branding, ICheckoutPayments payments,
    TimeProvider clock)
    : PageModel
{
    public CheckoutView View { get; private set; } = null!;

    public OrderDto Order { get; private set; } = null!;

    public string OrderPath => OrderPaths.Order(View.Tenant, Order.Number, Order.AccessToken);

    /// <summary>Where an order waiting for an online payment is paid; null for offline and settled orders.</summary>
    public string? PayPath => PaymentMethods.AwaitsOnlinePayment(Order.Status, Order.PaymentMethod)
        ? payments.PayPath(View.Tenant, Order.Id, Order.AccessToken)
        : null;

    public async Task<IActionResult> OnGetAsync(string tenant, Guid id)
    {
        if (ReservationCookie.Read(HttpContext, id) is not { } token) return NotFound();
        ReservationDto reservation;
        try
        {
            reservation = await checkout.GetReservationAsync(tenant, id, token);
        }
        catch (BusinessException e) when (e.StatusCode == 404)
        {
            return NotFound();
        }

        if (reservation.Status != ReservationStatus.Confirmed) return Redirect(ReservationCookie.Path(tenant, id));
        if (await catalog.FindAsync(reservation.EventId, HttpContext.RequestAborted) is not { } @event) return NotFound();
        // Confirming a confirmed reservation again returns its order unchanged (ICheckoutAppService.ConfirmAsync); the details are not read.
        Order = await checkout.ConfirmAsync(tenant, id, new ConfirmReservationInput(token, new BuyerInput("", ""), []));
        View = new CheckoutView(tenant, reservation, @event, await branding.GetCurrentAsync(HttpContext.RequestAborted), [], clock.GetUtcNow());
        return Page();
    }
}
