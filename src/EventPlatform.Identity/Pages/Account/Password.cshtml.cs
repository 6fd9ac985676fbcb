using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

/// <summary><c>/account/password</c>: change the password; every other session of the user ends.</summary>
[Authorize]
public sealed class PasswordModel(
    IProfileAppService profiles,
    IValidator<ChangePasswordDto> validator,
    ErrorLocalizer errors,
    IStringLocalizer<IdentityResource> l) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var change = new ChangePasswordDto { CurrentPassword = Input.CurrentPassword ?? "", NewPassword = Input.NewPassword ?? "" };
        var validation = await validator.ValidateAsync(change, HttpContext.RequestAborted);
        foreach (var error in validation.Errors) ModelState.AddModelError($"{nameof(Input)}.{error.PropertyName}", error.ErrorMessage);
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(PasswordInput.ConfirmPassword)}", l["Profile:PasswordsDoNotMatch"]);
        }

        if (!ModelState.IsValid) return Page();

        try
        {
            await profiles.ChangePasswordAsync(change);
        }
        catch (BusinessException exception)
        {
            var field = exception.Code == ProfileErrorCodes.WrongCurrentPassword
                ? nameof(PasswordInput.CurrentPassword)
                : nameof(PasswordInput.NewPassword);
            ModelState.AddModelError($"{nameof(Input)}.{field}", errors.Localize(exception.Code, exception.Values));
            return Page();
        }

        StatusMessage = "Profile:PasswordChanged";
        return RedirectToPage();
    }

    public sealed class PasswordInput
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
