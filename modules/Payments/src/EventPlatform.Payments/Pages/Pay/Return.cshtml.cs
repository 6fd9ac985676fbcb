using EventPlatform.Identity.Organizations;
using EventPlatform.Payments.Data;
using EventPlatform.Payments.Payments;
using EventPlatform.Payments.Providers;
using EventPlatform.Payments.Services;
using EventPlatform.Ticketing.Orders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventPlatform.Payments.Pages.Pay;

/// <summary>
/// <c>/o/{tenant}/pay/{orderId}/return/{paymentId}?t=token</c>: where the provider sends the buyer back. Asks the provider
/// how the payment stands and settles it (the webhook may have done so already, or may come later: both are idempotent),
/// then shows the order, or says what is still missing.
/// </summary>
public sealed class ReturnPageModel(
    IOrderSettlement orders,
    PaymentsDbContext db,
    ProviderAccounts accounts,
    PaymentSettler settler,
    IOrganizationBrandingProvider branding,
    ILogger<ReturnPageModel> logger) : PageModel
{
    public PayView View { get; private set; } = null!;

    public PaymentStatus Status { get; private set; }

    public bool Cancelled { get; private set; }

    /// <summary>The provider refused the money (a declined card behind the PayPal account): the buyer may try another way there.</summary>
    public bool Declined { get; private set; }

    public async Task<IActionResult> OnGetAsync(string tenant, Guid orderId, Guid paymentId, string? t, string? cancelled)
    {
        if (await orders.FindForBuyerAsync(orderId, t, HttpContext.RequestAborted) is not { } order) return NotFound();
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.Id == paymentId && p.OrderId == orderId, HttpContext.RequestAborted);
        if (payment is null) return NotFound();
        Cancelled = cancelled == "1";
        if (payment.IsOpen && payment.ProviderReference is { } reference && !Cancelled
            && await accounts.FindAsync(payment.Provider, HttpContext.RequestAborted) is var (provider, credentials))
        {
            try
            {
                var state = await provider.ConfirmAsync(credentials, new ProviderPaymentReference(payment.Id, reference, payment.IdempotencyKey), HttpContext.RequestAborted);
                await settler.ApplyAsync(payment.Id, state, HttpContext.RequestAborted);
                Declined = state is { Status: ProviderPaymentStatus.Pending, FailureReason: not null };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The webhook or reconciliation settles it later; the buyer sees "waiting for confirmation".
                logger.LogWarning(e, "Could not confirm payment {PaymentId} on return", payment.Id);
            }
        }

        Status = (await db.Payments.AsNoTracking().FirstAsync(p => p.Id == paymentId, HttpContext.RequestAborted)).Status;
        order = await orders.FindAsync(orderId, HttpContext.RequestAborted) ?? order;
        var orderPath = OrderPaths.Order(tenant, order.Number, order.AccessToken);
        if (Status == PaymentStatus.Succeeded && order.Status == OrderStatus.Confirmed) return Redirect(orderPath);
        View = new PayView(await branding.GetCurrentAsync(HttpContext.RequestAborted), order, orderPath, PaymentPaths.Pay(tenant, orderId, order.AccessToken));
        return Page();
    }
}
