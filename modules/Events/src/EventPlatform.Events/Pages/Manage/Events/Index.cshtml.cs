using EventPlatform.Events.Events;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Events.Pages.Manage.Events;

/// <summary>The organization's events by tab (upcoming, past, drafts, archived, recycle bin), searchable and paged.</summary>
[Authorize(EventsPermissions.Events.Read)]
public sealed class IndexModel(IEventAppService events, IPermissionChecker permissions) : PageModel
{
    public const int PageSize = 20;

    public static readonly string[] Tabs = ["upcoming", "past", "drafts", "archived", "deleted"];

    [BindProperty(SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<EventListItemDto> Result { get; private set; } = new(0, []);

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public string CurrentTab => Tabs.Contains(Tab) ? Tab! : "upcoming";

    public bool CanManage => permissions.IsGranted(EventsPermissions.Events.Manage);

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        var filter = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
        var request = CurrentTab switch
        {
            "past" => new EventListRequest(filter, Past: true),
            "drafts" => new EventListRequest(filter, EventStatus.Draft),
            "archived" => new EventListRequest(filter, EventStatus.Archived),
            "deleted" => new EventListRequest(filter, Deleted: true),
            _ => new EventListRequest(filter),
        };
        Result = await events.GetListAsync(request with { Skip = (PageNumber - 1) * PageSize, Take = PageSize });
    }

    public string UrlFor(string tab, int page = 1, string? q = null)
    {
        var query = new List<string> { "tab=" + tab };
        if (!string.IsNullOrWhiteSpace(q)) query.Add("q=" + Uri.EscapeDataString(q));
        if (page > 1) query.Add("page=" + page);
        return "/manage/events?" + string.Join('&', query);
    }
}
