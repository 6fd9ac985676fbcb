using EventPlatform.Platform.Exceptions;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

/// <summary>What the account pages share: the app services' validators and refusals shown next to the fields.</summary>
public abstract class AccountPageModel(IStringLocalizer<IdentityResource> l) : PageModel
{
    protected IStringLocalizer<IdentityResource> L => l;

    /// <summary>Messages that belong to the whole form, not to one field.</summary>
    public IEnumerable<string> FormErrors =>
        ModelState.TryGetValue("", out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    public bool HasError(string key) => ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    /// <summary>
    /// Runs the same validator the HTTP API runs; false (with the messages in ModelState) when the input is refused. MVC
    /// does not validate the account DTOs itself (see <c>AddAccounts</c>), so its unlocalized "required" messages stay out.
    /// </summary>
    protected async Task<bool> ValidateAsync<T>(IValidator<T> validator, T input, string prefix = "Input")
    {
        if (!ModelState.IsValid) return false;
        var result = await validator.ValidateAsync(input);
        AddErrors(result.Errors, prefix);
        return result.IsValid;
    }

    protected void AddErrors(IEnumerable<ValidationFailure> failures, string prefix = "Input")
    {
        foreach (var failure in failures)
        {
            var key = string.IsNullOrEmpty(failure.PropertyName) || string.IsNullOrEmpty(prefix)
                ? failure.PropertyName ?? ""
                : $"{prefix}.{failure.PropertyName}";
            ModelState.AddModelError(key, failure.ErrorMessage);
        }
    }

    protected void AddError(BusinessException refusal) => ModelState.AddModelError("", L[refusal.Code]);

    protected void AddError(string key) => ModelState.AddModelError("", L[key]);

    /// <summary>Only local addresses, so a crafted link cannot send someone to another site after signing in.</summary>
    protected IActionResult RedirectBack(string? returnUrl) =>
        LocalRedirect(!string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
}
