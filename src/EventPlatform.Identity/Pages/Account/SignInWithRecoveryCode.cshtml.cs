using EventPlatform.Identity.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>The second sign-in step without the phone: one of the recovery codes, each usable once.</summary>
[EnableRateLimiting(AccountRateLimitPolicy.Name)]
public sealed class SignInWithRecoveryCodeModel(AccountSignIn signIn, IStringLocalizer<IdentityResource> l) : AccountPageModel(l)
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > AccountConsts.MaxTwoFactorCodeLength)
        {
            ModelState.AddModelError(nameof(Code), L["Account:RecoveryCodeRequired"]);
            return Page();
        }

        switch (await signIn.RecoveryCodeAsync(Code))
        {
            case SignInOutcome.Succeeded:
                return RedirectBack(ReturnUrl);
            case SignInOutcome.TwoFactorExpired:
                return RedirectToPage("SignIn", new { ReturnUrl });
            case SignInOutcome.LockedOut:
                AddError("Account:SignIn:LockedOut");
                return Page();
            default:
                AddError("Account:InvalidRecoveryCode");
                return Page();
        }
    }
}
