using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>The header switcher's target: selects the organization and refreshes the sign-in so the cookie carries it.</summary>
[Authorize]
public sealed class SwitchModel(IMyOrganizationsAppService organizations, UserManager<User> users, SignInManager<User> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/organizations");

    public async Task<IActionResult> OnPostAsync(Guid organizationId, string? returnUrl)
    {
        await organizations.SelectAsync(organizationId);
        if (await users.GetUserAsync(User) is { } user) await signIn.RefreshSignInAsync(user);
        return Redirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/organizations");
    }
}
