using EventPlatform.Identity.Domain;
using EventPlatform.Identity.External;
using EventPlatform.Identity.Sso;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>Starts a sign-in at Google, Microsoft or an organization's identity provider (POST from the sign-in page).</summary>
public sealed class ExternalModel(SignInManager<User> signIn, IAuthenticationSchemeProvider schemes, EnterpriseSsoSchemes enterprise) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/account/sign-in");

    public async Task<IActionResult> OnPostAsync(string provider, string? returnUrl = null)
    {
        var known = ExternalProviders.All.Contains(provider)
            ? await schemes.GetSchemeAsync(provider) is not null
            : EnterpriseSsoSchemes.OrganizationOf(provider) is { } organization && await enterprise.EnsureAsync(organization, HttpContext.RequestAborted);
        if (!known) return NotFound();

        var callback = Url.Page("/Account/ExternalCallback", new { returnUrl = LocalOrHome(returnUrl) });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(provider, callback), provider);
    }

    private string LocalOrHome(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
