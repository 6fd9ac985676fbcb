using System.ComponentModel.DataAnnotations;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.External;
using EventPlatform.Identity.Sso;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>Single sign-on: the work e-mail address finds the organization whose identity provider signs the person in.</summary>
public sealed class SsoModel(IdentityModuleDbContext db, EnterpriseSsoSchemes schemes, SignInManager<User> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Sso:EmailRequired")]
    [EmailAddress(ErrorMessage = "Sso:EmailInvalid")]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? ErrorCode { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();

        var email = Email!.Trim();
        var domain = email[(email.LastIndexOf('@') + 1)..].ToLowerInvariant();
        var organization = await db.SsoEmailDomains.AsNoTracking()
            .Where(d => d.Domain == domain)
            .Select(d => (Guid?)d.OrganizationId)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (organization is not { } id || !await schemes.EnsureAsync(id, HttpContext.RequestAborted))
        {
            ErrorCode = IdentityErrorCodes.SsoNoOrganizationForEmail;
            return Page();
        }

        var scheme = EnterpriseSsoConnection.SchemeOf(id);
        var callback = Url.Page("/Account/ExternalCallback", new { returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" });
        var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, callback);
        properties.Items[ExternalProviders.LoginHintItem] = email;
        return Challenge(properties, scheme);
    }
}
