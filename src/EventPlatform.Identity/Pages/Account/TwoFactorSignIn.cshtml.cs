using EventPlatform.Identity.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>The second sign-in step: the authenticator app's code.</summary>
[EnableRateLimiting(AccountRateLimitPolicy.Name)]
public sealed class TwoFactorSignInModel(AccountSignIn signIn, IStringLocalizer<IdentityResource> l) : AccountPageModel(l)
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool RememberDevice { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Code) || Code.Length > AccountConsts.MaxTwoFactorCodeLength)
        {
            ModelState.AddModelError(nameof(Code), L["Account:TwoFactorCodeRequired"]);
            return Page();
        }

        return await signIn.AuthenticatorCodeAsync(Code, RememberMe, RememberDevice) switch
        {
            SignInOutcome.Succeeded => RedirectBack(ReturnUrl),
            SignInOutcome.TwoFactorExpired => RedirectToPage("SignIn", new { ReturnUrl }),
            SignInOutcome.LockedOut => Refuse("Account:SignIn:LockedOut"),
            _ => Refuse("Account:InvalidTwoFactorCode"),
        };
    }

    private PageResult Refuse(string key)
    {
        AddError(key);
        return Page();
    }
}
