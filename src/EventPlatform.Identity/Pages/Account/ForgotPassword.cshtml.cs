using EventPlatform.Identity.Accounts;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

[EnableRateLimiting(AccountRateLimitPolicy.Name)]
public sealed class ForgotPasswordModel(IAccountAppService accounts, IValidator<EmailAddressDto> validator, IStringLocalizer<IdentityResource> l)
    : AccountPageModel(l)
{
    [BindProperty]
    public EmailAddressDto Input { get; set; } = new();

    /// <summary>Shown whether or not the address has an account, so the page tells nobody who is registered.</summary>
    public bool Sent { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ValidateAsync(validator, Input)) return Page();
        await accounts.SendPasswordResetAsync(Input);
        Sent = true;
        return Page();
    }
}
