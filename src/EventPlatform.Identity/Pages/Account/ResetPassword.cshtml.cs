using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Exceptions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

[EnableRateLimiting(AccountRateLimitPolicy.Name)]
public sealed class ResetPasswordModel(IAccountAppService accounts, IValidator<ResetPasswordDto> validator, IStringLocalizer<IdentityResource> l)
    : AccountPageModel(l)
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Done { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new ResetPasswordDto { UserId = UserId, Token = Token ?? "", Password = Password ?? "" };
        if (!await ValidateAsync(validator, input, prefix: "")) return Page();
        try
        {
            await accounts.ResetPasswordAsync(input);
            Done = true;
        }
        catch (BusinessException refused)
        {
            AddError(refused);
        }
        catch (ValidationException refused)
        {
            AddErrors(refused.Errors, prefix: "");
        }

        return Page();
    }
}
