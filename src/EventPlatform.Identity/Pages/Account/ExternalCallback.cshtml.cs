using EventPlatform.Identity.Domain;
using EventPlatform.Identity.External;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>Where Google, Microsoft and organizations' identity providers send people back; explains a refusal.</summary>
public sealed class ExternalCallbackModel(SignInManager<User> signIn, ExternalSignInService externalSignIn) : PageModel
{
    public const string TwoFactorPath = "/account/sign-in/two-factor";

    public string? ErrorCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null, string? remoteError = null)
    {
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
        if (remoteError is not null || await signIn.GetExternalLoginInfoAsync() is not { } info)
        {
            ErrorCode = IdentityErrorCodes.ExternalSignInFailed;
            return Page();
        }

        var outcome = await externalSignIn.CompleteAsync(info, HttpContext.RequestAborted);
        if (outcome.Succeeded) return LocalRedirect(target);
        if (outcome.RequiresTwoFactor) return LocalRedirect($"{TwoFactorPath}?returnUrl={Uri.EscapeDataString(target)}");

        ErrorCode = outcome.ErrorCode;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
