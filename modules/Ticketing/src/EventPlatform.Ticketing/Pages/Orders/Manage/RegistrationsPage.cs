using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Registrations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Ticketing.Pages.Orders.Manage;

/// <summary>The per-order actions shared by the registrations list and the order detail page; each reports back in a status line.</summary>
public abstract class RegistrationsPage(IRegistrationAppService registrations, IEventCatalog catalog, ErrorLocalizer errors) : PageModel
{
    [FromRoute]
    public Guid EventId { get; set; }

    public EventSummary Event { get; private set; } = null!;

    [TempData]
    public string? Status { get; set; }

    [TempData]
    public string? Error { get; set; }

    protected IRegistrationAppService Registrations => registrations;

    protected async Task<bool> LoadEventAsync()
    {
        if (await catalog.FindAsync(EventId) is not { } found) return false;
        Event = found;
        return true;
    }

    public Task<IActionResult> OnPostCancelAsync(Guid orderId) => RunAsync(() => registrations.CancelAsync(orderId), "Registrations:Cancelled");

    public Task<IActionResult> OnPostCancelTicketAsync(Guid orderId, Guid ticketId) =>
        RunAsync(() => registrations.CancelTicketAsync(orderId, ticketId), "Registrations:TicketCancelled");

    public Task<IActionResult> OnPostRefundAsync(Guid orderId) => RunAsync(() => registrations.RequestRefundAsync(orderId), "Registrations:RefundNoted");

    public Task<IActionResult> OnPostMarkPaidAsync(Guid orderId) => RunAsync(() => registrations.MarkPaidAsync(orderId), "Registrations:MarkedPaid");

    public Task<IActionResult> OnPostResendAsync(Guid orderId) => RunAsync(() => registrations.ResendAsync(orderId), "Registrations:Resent");

    protected async Task<IActionResult> RunAsync(Func<Task> action, string done)
    {
        try
        {
            await action();
            Status = done;
        }
        catch (BusinessException e) when (e.StatusCode != 404)
        {
            Error = errors.Localize(e.Code, e.Values);
        }

        return Redirect(Request.Path + Request.QueryString);
    }
}
