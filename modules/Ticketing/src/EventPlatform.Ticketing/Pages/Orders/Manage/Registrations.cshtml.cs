using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Localization;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Registrations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Ticketing.Pages.Orders.Manage;

/// <summary>An event's registrations: search, filters, paging and the per-order actions.</summary>
[Authorize(TicketingPermissions.Registrations.Manage)]
public sealed class RegistrationsModel(IRegistrationAppService registrations, IEventCatalog catalog, ErrorLocalizer errors, TicketingDbContext db)
    : RegistrationsPage(registrations, catalog, errors)
{
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "status")]
    public OrderStatus? StatusFilter { get; set; }

    [FromQuery(Name = "type")]
    public Guid? TypeFilter { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<RegistrationListItemDto> Result { get; private set; } = new(0, []);

    /// <summary>Staff see registrations without managing ticket types, so the filter reads names here rather than through that service.</summary>
    public IReadOnlyList<(Guid Id, string Name)> TicketTypes { get; private set; } = [];

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + RegistrationConsts.PageSize - 1) / RegistrationConsts.PageSize);

    public bool Filtered => !string.IsNullOrWhiteSpace(Query) || StatusFilter is not null || TypeFilter is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadEventAsync()) return NotFound();
        PageNumber = Math.Max(1, PageNumber);
        Result = await Registrations.GetListAsync(EventId, new RegistrationListRequest
        {
            Filter = Query,
            Status = StatusFilter,
            TicketTypeId = TypeFilter,
            Skip = (PageNumber - 1) * RegistrationConsts.PageSize,
            Take = RegistrationConsts.PageSize,
        });
        TicketTypes = (await db.TicketTypes.AsNoTracking().Where(t => t.EventId == EventId).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync()).Select(t => (t.Id, t.Name)).ToList();
        return Page();
    }

    public string PageLink(int page) =>
        $"?q={Uri.EscapeDataString(Query ?? "")}&status={StatusFilter}&type={TypeFilter}&page={page}";
}
