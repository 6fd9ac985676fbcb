using EventPlatform.Identity.Accounts;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>Signing out is a POST (the header menu's button); the GET page asks first, so a link cannot sign anyone out.</summary>
public sealed class SignOutModel(AccountSignIn signIn, IStringLocalizer<IdentityResource> l) : AccountPageModel(l)
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(User.FindUserId());
        return Redirect("/");
    }
}
