using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>"My organizations": every organization the user belongs to, with switch and leave.</summary>
[Authorize]
public sealed class IndexModel(IMyOrganizationsAppService organizations, UserManager<User> users, SignInManager<User> signIn, ErrorLocalizer errors) : PageModel
{
    public IReadOnlyList<MyOrganizationDto> Organizations { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync() => Organizations = await organizations.GetListAsync();

    public async Task<IActionResult> OnPostLeaveAsync(Guid id)
    {
        try
        {
            await organizations.LeaveAsync(id);
        }
        catch (BusinessException e)
        {
            ModelState.AddError(e, errors);
            await OnGetAsync();
            return Page();
        }

        if (await users.GetUserAsync(User) is { } user) await signIn.RefreshSignInAsync(user);
        Status = "Organization:LeftStatus";
        return RedirectToPage();
    }
}
