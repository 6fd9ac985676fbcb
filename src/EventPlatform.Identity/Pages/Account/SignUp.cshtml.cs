using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Gdpr;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

[EnableRateLimiting(AccountRateLimitPolicy.Name)]
public sealed class SignUpModel(IAccountAppService accounts, IValidator<RegisterDto> validator, ConsentManager consents, IStringLocalizer<IdentityResource> l)
    : AccountPageModel(l)
{
    /// <summary>The terms version the form says the visitor accepts.</summary>
    public string TermsVersion => consents.CurrentTermsVersion;

    [BindProperty]
    public RegisterDto Input { get; set; } = new();

    /// <summary>True once the account exists and the confirmation mail is on its way.</summary>
    public bool Sent { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ValidateAsync(validator, Input)) return Page();
        try
        {
            await accounts.RegisterAsync(Input);
        }
        catch (ValidationException refused)
        {
            AddErrors(refused.Errors);
            return Page();
        }

        Sent = true;
        return Page();
    }
}
