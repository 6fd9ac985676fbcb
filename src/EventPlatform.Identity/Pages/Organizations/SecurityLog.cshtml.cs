using EventPlatform.Platform.Timing;
using EventPlatform.Identity.Profile;
using EventPlatform.Identity.SecurityLog;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary><c>/organizations/security-log?pageNumber=n</c>: the selected organization's security events.</summary>
[Authorize(IdentityPermissions.SecurityLog.Read)]
public sealed class SecurityLogModel(
    IOrganizationSecurityLogAppService log,
    CurrentAccount account,
    ITenantStore tenants,
    ICurrentTenant currentTenant) : PageModel
{
    public SecurityEventPage Events { get; private set; } = null!;

    public string OrganizationName { get; private set; } = "";

    public async Task OnGetAsync(int pageNumber = 1)
    {
        var zone = TimeZones.OrUtc((await account.GetUserAsync()).TimeZone);
        var page = Math.Max(1, pageNumber);
        Events = new SecurityEventPage(await log.GetListAsync(SecurityEventPage.Request(page)), page, zone, ShowActor: true);
        OrganizationName = currentTenant.Id is { } id ? (await tenants.FindByIdAsync(id, HttpContext.RequestAborted))?.Name ?? "" : "";
    }
}
