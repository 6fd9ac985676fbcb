using EventPlatform.Identity.Accounts;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

[EnableRateLimiting(AccountRateLimitPolicy.Name)]
public sealed class SignInModel(AccountSignIn signIn, IAccountAppService accounts, IValidator<EmailAddressDto> emailValidator, IStringLocalizer<IdentityResource> l)
    : AccountPageModel(l)
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Set when the address still needs confirming: the page offers to send the link again.</summary>
    public bool NeedsConfirmation { get; private set; }

    public bool ConfirmationResent { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? RedirectBack(ReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ValidateAsync(emailValidator, new EmailAddressDto { Email = Input.Email })) return Page();
        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", L["Account:PasswordRequired"]);
            return Page();
        }

        switch (await signIn.PasswordAsync(Input.Email, Input.Password, Input.RememberMe))
        {
            case SignInOutcome.Succeeded:
                return RedirectBack(ReturnUrl);
            case SignInOutcome.RequiresTwoFactor:
                return RedirectToPage("TwoFactorSignIn", new { ReturnUrl, Input.RememberMe });
            case SignInOutcome.LockedOut:
                AddError("Account:SignIn:LockedOut");
                return Page();
            case SignInOutcome.NotConfirmed:
                NeedsConfirmation = true;
                AddError("Account:SignIn:NotConfirmed");
                return Page();
            default:
                AddError("Account:SignIn:Failed");
                return Page();
        }
    }

    public async Task<IActionResult> OnPostResendAsync()
    {
        ModelState.Clear();
        if (!await ValidateAsync(emailValidator, new EmailAddressDto { Email = Input.Email })) return Page();
        await accounts.SendEmailConfirmationAsync(new EmailAddressDto { Email = Input.Email });
        ConfirmationResent = true;
        return Page();
    }

    public sealed class SignInInput
    {
        public string Email { get; set; } = "";

        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
