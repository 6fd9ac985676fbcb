using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EventPlatform.Ticketing.Pages.Orders.Manage;

/// <summary>One order for the organizer: buyer, answers, tickets, and what can be done with it.</summary>
[Authorize(TicketingPermissions.Registrations.Manage)]
public sealed class RegistrationModel(IRegistrationAppService registrations, IEventCatalog catalog, ErrorLocalizer errors)
    : RegistrationsPage(registrations, catalog, errors)
{
    [FromRoute]
    public Guid OrderId { get; set; }

    public OrderDto Order { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadEventAsync()) return NotFound();
        Order = await Registrations.GetAsync(OrderId);
        // An order of another event of the same organization is not this page's.
        return Order.EventId == EventId ? Page() : NotFound();
    }
}
