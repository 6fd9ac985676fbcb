using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Exceptions;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>Two-factor settings: scan the key and confirm a code to turn it on, see or renew recovery codes, turn it off.</summary>
[Authorize]
public sealed class TwoFactorModel(ITwoFactorAppService twoFactor, IValidator<TwoFactorCodeDto> validator, IStringLocalizer<IdentityResource> l)
    : AccountPageModel(l)
{
    [BindProperty]
    public TwoFactorCodeDto Input { get; set; } = new();

    public TwoFactorStatusDto Status { get; private set; } = null!;

    /// <summary>The key to scan while two-factor is off.</summary>
    public TwoFactorSetupDto? Setup { get; private set; }

    /// <summary>New recovery codes, shown once right after they were made.</summary>
    public RecoveryCodesDto? RecoveryCodes { get; private set; }

    /// <summary>Confirms the last change to screen-reader and sighted users alike.</summary>
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await ValidateAsync(validator, Input))
        {
            try
            {
                RecoveryCodes = await twoFactor.EnableAsync(Input);
                Message = L["Account:TwoFactor:Enabled"];
            }
            catch (BusinessException refused)
            {
                ModelState.AddModelError("Input.Code", L[refused.Code]);
            }
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        RecoveryCodes = await twoFactor.GenerateRecoveryCodesAsync();
        Message = L["Account:TwoFactor:RecoveryCodesRenewed"];
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        await twoFactor.DisableAsync();
        Message = L["Account:TwoFactor:Disabled"];
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Status = await twoFactor.GetAsync();
        Setup = Status.IsEnabled ? null : await twoFactor.GetSetupAsync();
    }
}
