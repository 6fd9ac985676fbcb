using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Exceptions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>The link from the confirmation mail; a button confirms, so mail scanners that open links confirm nothing.</summary>
[EnableRateLimiting(AccountRateLimitPolicy.Name)]
public sealed class ConfirmEmailModel(IAccountAppService accounts, IValidator<ConfirmEmailDto> validator, IStringLocalizer<IdentityResource> l)
    : AccountPageModel(l)
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await ValidateAsync(validator, Input, prefix: "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await ValidateAsync(validator, Input, prefix: "")) return Page();
        try
        {
            await accounts.ConfirmEmailAsync(Input);
            Confirmed = true;
        }
        catch (BusinessException refused)
        {
            AddError(refused);
        }

        return Page();
    }

    private ConfirmEmailDto Input => new() { UserId = UserId, Token = Token ?? "" };
}
