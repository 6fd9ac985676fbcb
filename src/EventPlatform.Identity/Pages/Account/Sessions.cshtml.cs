using EventPlatform.Platform.Timing;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Account;

/// <summary><c>/account/sessions</c>: where the user is signed in; end one session or all of them.</summary>
[Authorize]
public sealed class SessionsModel(ISessionAppService sessions, CurrentAccount account) : PageModel
{
    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];

    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync()
    {
        Sessions = await sessions.GetListAsync();
        Zone = TimeZones.OrUtc((await account.GetUserAsync()).TimeZone);
    }

    public async Task<IActionResult> OnPostSignOutAsync(Guid id)
    {
        var current = id == account.SessionId;
        try
        {
            await sessions.DeleteAsync(id);
        }
        catch (BusinessException exception) when (exception.Code == ProfileErrorCodes.SessionNotFound)
        {
            // Already gone (another tab ended it): the list below shows the truth.
        }

        if (current) return Redirect("/");
        StatusMessage = "Profile:SessionEnded";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        await sessions.SignOutEverywhereAsync();
        return Redirect("/");
    }
}
