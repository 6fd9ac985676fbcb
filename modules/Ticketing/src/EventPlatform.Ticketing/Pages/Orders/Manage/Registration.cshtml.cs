using System.Globalization;
using EventPlatform.Events.Catalog;
using EventPlatform.Payments;
using EventPlatform.Payments.Invoices;
using EventPlatform.Payments.Payments;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EventPlatform.Ticketing.Pages.Orders.Manage;

/// <summary>One order for the organizer: buyer, answers, tickets, and what can be done with it.</summary>
[Authorize(TicketingPermissions.Registrations.Manage)]
public sealed class RegistrationModel(IRegistrationAppService registrations, IEventCatalog catalog, ErrorLocalizer errors, IPaymentAppService payments,
    IInvoiceAppService invoices, IPermissionChecker permissions)
    : RegistrationsPage(registrations, catalog, errors)
{
    /// <summary>The order's payments with their refunds (the Payments module's), when the organizer may see money.</summary>
    public IReadOnlyList<PaymentDto> Payments { get; private set; } = [];

    public IReadOnlyList<InvoiceDto> Invoices { get; private set; } = [];

    public bool CanRefund { get; private set; }

    [FromRoute]
    public Guid OrderId { get; set; }

    public OrderDto Order { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadEventAsync()) return NotFound();
        Order = await Registrations.GetAsync(OrderId);
        // An order of another event of the same organization is not this page's.
        if (Order.EventId != EventId) return NotFound();
        if (permissions.IsGranted(PaymentsPermissions.Payments.Read))
        {
            Payments = await payments.GetListAsync(OrderId);
            Invoices = await invoices.GetListAsync(OrderId);
            CanRefund = permissions.IsGranted(PaymentsPermissions.Refunds.Manage);
        }

        return Page();
    }

    /// <summary>Gives back part or all of a payment through its provider; the amount comes from a number field (invariant).</summary>
    public Task<IActionResult> OnPostIssueRefundAsync(Guid paymentId, string? amount, string? reason) =>
        RunAsync(async () =>
        {
            if (!decimal.TryParse(amount, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                throw new BusinessException(PaymentsErrorCodes.RefundAmountInvalid, 422);
            }

            await payments.RefundAsync(paymentId, new RefundInput(value, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
        }, "Registrations:RefundIssued");
}
