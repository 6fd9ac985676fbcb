using EventPlatform.Identity.PlatformConsole;
using EventPlatform.Platform.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.PlatformConsole;

/// <summary><c>/console</c>: every organization with its usage; suspend, reactivate, delete. Platform administrators only.</summary>
[Authorize(Policy = ConsolePolicies.PlatformAdmin)]
public sealed class ConsoleIndexModel(IConsoleOrganizationAppService organizations, IStringLocalizer<IdentityResource> localizer) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public string? Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<ConsoleOrganizationDto> Result { get; private set; } = null!;

    public int PageCount => (int)Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        Result = await organizations.GetListAsync(new ConsoleOrganizationListRequest { Filter = Filter, Skip = (PageNumber - 1) * PageSize, Take = PageSize });
    }

    public async Task<IActionResult> OnPostSuspendAsync(Guid id)
    {
        var organization = await organizations.SuspendAsync(id);
        return Done("Console:Suspended", organization.Name);
    }

    public async Task<IActionResult> OnPostReactivateAsync(Guid id)
    {
        var organization = await organizations.ReactivateAsync(id);
        return Done("Console:Reactivated", organization.Name);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var organization = await organizations.GetAsync(id);
        await organizations.DeleteAsync(id);
        return Done("Console:Deleted", organization.Name);
    }

    private RedirectToPageResult Done(string message, string name)
    {
        StatusMessage = localizer[message, name];
        return RedirectToPage(new { Filter, p = PageNumber });
    }
}
