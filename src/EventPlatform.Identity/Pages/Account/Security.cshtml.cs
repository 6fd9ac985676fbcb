using EventPlatform.Platform.Timing;
using EventPlatform.Identity.Profile;
using EventPlatform.Identity.SecurityLog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Account;

/// <summary><c>/account/security?pageNumber=n</c>: the user's own security events, newest first.</summary>
[Authorize]
public sealed class SecurityModel(IAccountSecurityLogAppService log, CurrentAccount account) : PageModel
{
    public SecurityEventPage Events { get; private set; } = null!;

    public async Task OnGetAsync(int pageNumber = 1)
    {
        var zone = TimeZones.OrUtc((await account.GetUserAsync()).TimeZone);
        var page = Math.Max(1, pageNumber);
        Events = new SecurityEventPage(await log.GetListAsync(SecurityEventPage.Request(page)), page, zone, ShowActor: false);
    }
}
