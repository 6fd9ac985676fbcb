using System.ComponentModel.DataAnnotations;
using EventPlatform.Identity.Sso;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>The organization's single sign-on: its identity provider and the e-mail domains that join automatically.</summary>
[Authorize(IdentityPermissions.Organization.Manage)]
public sealed class SsoModel(IEnterpriseSsoAppService sso, ErrorLocalizer errors) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Sso:AuthorityRequired")]
    [Url(ErrorMessage = "Sso:AuthorityInvalid")]
    [StringLength(SsoConsts.MaxAuthorityLength)]
    public string? Authority { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Sso:ClientIdRequired")]
    [StringLength(SsoConsts.MaxClientIdLength)]
    public string? ClientId { get; set; }

    [BindProperty]
    [StringLength(SsoConsts.MaxClientSecretLength)]
    public string? ClientSecret { get; set; }

    [BindProperty]
    public string? EmailDomains { get; set; }

    [BindProperty]
    public string JoinRole { get; set; } = OrganizationRoles.Staff;

    [BindProperty]
    public bool IsEnabled { get; set; } = true;

    public EnterpriseSsoDto? Current { get; private set; }

    public string? Saved { get; private set; }

    public string? ErrorMessage { get; private set; }

    public static IReadOnlyList<string> JoinRoles { get; } = OrganizationRoles.All.Where(r => r != OrganizationRoles.Owner).ToList();

    public async Task OnGetAsync(string? saved = null)
    {
        Saved = saved;
        Current = await FindAsync();
        if (Current is null) return;
        Authority = Current.Authority;
        ClientId = Current.ClientId;
        EmailDomains = string.Join(Environment.NewLine, Current.EmailDomains);
        JoinRole = Current.JoinRole;
        IsEnabled = Current.IsEnabled;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Current = await FindAsync();
        if (!ModelState.IsValid) return Page();
        var domains = (EmailDomains ?? "").Split([',', ';', ' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            await sso.UpdateAsync(new UpdateEnterpriseSsoDto(Authority!, ClientId!, ClientSecret, domains, JoinRole, IsEnabled));
        }
        catch (BusinessException e)
        {
            ErrorMessage = errors.Localize(e.Code, e.Values);
            Response.StatusCode = e.StatusCode;
            return Page();
        }

        return RedirectToPage(new { saved = "saved" });
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        if (await FindAsync() is not null) await sso.DeleteAsync();
        return RedirectToPage(new { saved = "deleted" });
    }

    private async Task<EnterpriseSsoDto?> FindAsync()
    {
        try
        {
            return await sso.GetAsync();
        }
        catch (EntityNotFoundException)
        {
            return null;
        }
    }
}
