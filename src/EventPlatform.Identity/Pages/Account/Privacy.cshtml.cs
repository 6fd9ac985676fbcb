using EventPlatform.Identity.Gdpr;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.Account;

/// <summary><c>/account/privacy</c>: download personal data, give or withdraw consents, erase the account.</summary>
[Authorize]
public sealed class PrivacyModel(IPrivacyAppService privacy, IStringLocalizer<IdentityResource> localizer) : PageModel
{
    public PrivacyOverviewDto Overview { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public EraseForm Erase { get; set; } = new();

    public async Task OnGetAsync() => Overview = await privacy.GetAsync();

    public async Task<IActionResult> OnPostDownloadAsync()
    {
        var export = await privacy.GetPersonalDataAsync();
        return File(PersonalDataArchive.Create(export), "application/zip", GdprConsts.ArchiveFileName);
    }

    public async Task<IActionResult> OnPostConsentAsync(string kind, bool granted)
    {
        await privacy.ChangeConsentAsync(new ChangeConsentInput(kind, granted));
        StatusMessage = localizer["Gdpr:Consent:Changed"];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEraseAsync()
    {
        if (string.IsNullOrEmpty(Erase.Password)) ModelState.AddModelError("Erase.Password", localizer["Gdpr:Erase:PasswordRequired"]);
        if (!Erase.Confirm) ModelState.AddModelError("Erase.Confirm", localizer["Gdpr:Erase:ConfirmRequired"]);
        if (ModelState.ErrorCount == 0)
        {
            try
            {
                await privacy.EraseAsync(new EraseAccountInput(Erase.Password!));
                return RedirectToPage("/Account/PrivacyErased");
            }
            catch (BusinessException error) when (error.Code == GdprErrorCodes.WrongPassword)
            {
                ModelState.AddModelError("Erase.Password", localizer[error.Code]);
            }
        }

        Overview = await privacy.GetAsync();
        return Page();
    }

    public sealed class EraseForm
    {
        public string? Password { get; set; }

        public bool Confirm { get; set; }
    }
}
