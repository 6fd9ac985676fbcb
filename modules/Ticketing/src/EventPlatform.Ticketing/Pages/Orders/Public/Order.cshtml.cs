using EventPlatform.Identity.Organizations;
using EventPlatform.Payments.Checkout;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Orders.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Ticketing.Pages.Orders.Public;

/// <summary>
/// The buyer's order page behind the order link (<c>/o/{tenant}/orders/{number}?t=...</c>): tickets with their codes,
/// the PDF, transfers and cancellation. The token travels in the query and in each form; a wrong one is a plain 404.
/// </summary>
[AllowAnonymous]
public sealed class OrderModel(IOrderAppService orders, IOrganizationBrandingProvider branding, ErrorLocalizer errors,
    IStringLocalizer<TicketingResource> texts, ICheckoutPayments payments) : PageModel
{
    [FromRoute]
    public string Tenant { get; set; } = "";

    [FromRoute]
    public string Number { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    public AttendeeOrderDto View { get; private set; } = null!;

    public OrganizationBrandingDto Brand { get; private set; } = null!;

    [TempData]
    public string? Status { get; set; }

    public string? Error { get; private set; }

    /// <summary>The ticket whose transfer form failed, so it opens again with the error next to it.</summary>
    public Guid? FailedTransfer { get; private set; }

    public string PdfLink => OrderLinks.PdfPath(Tenant, Number, Token ?? "");

    /// <summary>The order's invoices and credit notes (issued by the Payments module).</summary>
    public IReadOnlyList<PaymentDocument> Documents { get; private set; } = [];

    /// <summary>Where an order waiting for an online payment is paid; null otherwise.</summary>
    public string? PayLink => EventPlatform.Ticketing.Checkout.PaymentMethods.AwaitsOnlinePayment(View.Order.Status, View.Order.PaymentMethod)
        ? payments.PayPath(Tenant, View.Order.Id, Token ?? "")
        : null;

    public string BrandStyle => string.Join(' ', new[]
    {
        Brand.PrimaryColor is { } p ? $"--ep-brand: {p}; --ep-brand-deep: {p};" : null,
        Brand.AccentColor is { } a ? $"--ep-accent: {a};" : null,
    }.Where(s => s is not null));

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostCancelAsync() =>
        RunAsync(async () =>
        {
            var after = await orders.CancelAsync(Tenant, Number, new OrderTokenInput(Token ?? ""));
            Status = after.Order.Status == OrderStatus.Cancelled ? "Orders:CancelledDone" : "Orders:RefundRequestedDone";
        });

    public Task<IActionResult> OnPostCancelTicketAsync(Guid ticketId) =>
        RunAsync(async () =>
        {
            await orders.CancelTicketAsync(Tenant, Number, ticketId, new OrderTokenInput(Token ?? ""));
            Status = "Orders:TicketCancelledDone";
        });

    public Task<IActionResult> OnPostTransferAsync(Guid ticketId, string? name, string? email) =>
        RunAsync(async () =>
        {
            await orders.TransferTicketAsync(Tenant, Number, ticketId, new TransferTicketInput(Token ?? "", name ?? "", email ?? ""));
            Status = "Orders:TransferredDone";
        }, ticketId);

    private async Task<IActionResult> RunAsync(Func<Task> action, Guid? transfer = null)
    {
        try
        {
            await action();
            return Redirect($"/o/{Uri.EscapeDataString(Tenant)}/orders/{Uri.EscapeDataString(Number)}?t={Uri.EscapeDataString(Token ?? "")}");
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            Error = e.StatusCode == 400 ? texts["Orders:TransferInvalid"] : errors.Localize(e.Code, e.Values);
            FailedTransfer = transfer;
            return await LoadAsync() ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync()
    {
        try
        {
            View = await orders.GetAsync(Tenant, Number, Token ?? "");
        }
        catch (BusinessException e) when (e.StatusCode == 404)
        {
            return false;
        }

        Brand = await branding.GetCurrentAsync(HttpContext.RequestAborted);
        Documents = await payments.GetDocumentsAsync(Tenant, View.Order.Id, Token ?? "", HttpContext.RequestAborted);
        return true;
    }
}
