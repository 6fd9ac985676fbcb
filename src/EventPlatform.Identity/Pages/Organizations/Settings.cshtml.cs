using EventPlatform.Platform.Timing;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>The current organization's name, branding (logo, colors, legal texts) and defaults.</summary>
[Authorize(IdentityPermissions.Organization.Manage)]
public sealed class SettingsModel(
    OrganizationSettingsAppService settings,
    IValidator<UpdateOrganizationSettingsInput> validator,
    ErrorLocalizer errors) : PageModel
{
    [BindProperty]
    public SettingsForm Input { get; set; } = new();

    public OrganizationSettingsDto Current { get; private set; } = null!;

    [TempData]
    public string? Status { get; set; }

    /// <summary>The same IANA zones a user's profile offers.</summary>
    public static IReadOnlyList<string> TimeZones { get; } = Platform.Timing.TimeZones.All.Select(z => z.Id).ToList();

    public static IReadOnlyList<string> Currencies { get; } = BrandingRules.AllCurrencies.Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Languages => JsonLocalizationStore.SupportedCultures;

    public async Task OnGetAsync()
    {
        Current = await settings.GetAsync();
        Input = new SettingsForm
        {
            Name = Current.Name,
            PrimaryColor = Current.PrimaryColor,
            AccentColor = Current.AccentColor,
            TermsOfService = Current.TermsOfService,
            PrivacyPolicy = Current.PrivacyPolicy,
            TimeZone = Current.TimeZone,
            Currency = Current.Currency,
            Language = Current.Language,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new UpdateOrganizationSettingsInput(Input.Name ?? "", Blank(Input.PrimaryColor), Blank(Input.AccentColor),
            Input.TermsOfService, Input.PrivacyPolicy, Input.TimeZone ?? "", Input.Currency ?? "", Input.Language ?? "");
        if (!ModelState.AddErrors(await validator.ValidateAsync(input), nameof(Input), errors))
        {
            Current = await settings.GetAsync();
            return Page();
        }

        await settings.UpdateAsync(input);
        Status = "Organization:SettingsSaved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLogoAsync(IFormFile? logo)
    {
        try
        {
            if (logo is null) throw new BusinessException(IdentityErrorCodes.InvalidLogo).WithData("maxKilobytes", OrganizationConsts.MaxLogoBytes / 1024);
            await using var stream = logo.OpenReadStream();
            await settings.ChangeLogoAsync(await LogoUpload.ReadAsync(stream, logo.Length, HttpContext.RequestAborted), HttpContext.RequestAborted);
        }
        catch (BusinessException e)
        {
            ModelState.AddError(e, errors, "logo");
            await OnGetAsync();
            return Page();
        }

        Status = "Organization:LogoSaved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync()
    {
        await settings.DeleteLogoAsync();
        Status = "Organization:LogoRemoved";
        return RedirectToPage();
    }

    // A color input cannot be empty, so "no brand color" is an explicit checkbox-free blank text field.
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
