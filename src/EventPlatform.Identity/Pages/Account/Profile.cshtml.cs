using System.Globalization;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Account;

/// <summary><c>/account/profile</c>: name, avatar, phone, language (also the culture cookie), time zone, notifications.</summary>
[Authorize]
[RequestFormLimits(MultipartBodyLengthLimit = ProfileConsts.MaxAvatarBytes * 2)]
public sealed class ProfileModel(
    IProfileAppService profiles,
    CurrentAccount account,
    AvatarService avatars,
    IValidator<UpdateProfileDto> validator,
    ErrorLocalizer errors) : PageModel
{
    [BindProperty]
    public UpdateProfileDto Input { get; set; } = new();

    public ProfileDto Profile { get; private set; } = null!;

    public string? AvatarError { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string Monogram => Profile.DisplayName[..1].ToUpper(CultureInfo.CurrentCulture);

    public async Task OnGetAsync()
    {
        Profile = await profiles.GetAsync();
        Input = new UpdateProfileDto
        {
            DisplayName = Profile.DisplayName,
            PhoneNumber = Profile.PhoneNumber,
            PreferredCulture = Profile.PreferredCulture,
            TimeZone = Profile.TimeZone,
            NotifyEventReminders = Profile.NotifyEventReminders,
            NotifyProductNews = Profile.NotifyProductNews,
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // The validator is the one the API uses; MVC's own implicit checks would speak only English.
        ModelState.Clear();
        var validation = await validator.ValidateAsync(Input, HttpContext.RequestAborted);
        if (!validation.IsValid)
        {
            foreach (var error in validation.Errors) ModelState.AddModelError($"{nameof(Input)}.{error.PropertyName}", error.ErrorMessage);
            Profile = await profiles.GetAsync();
            return Page();
        }

        var saved = await profiles.UpdateAsync(Input);
        // The chosen language applies at once; "same as my browser" removes the cookie.
        PreferredCultureCookie.Apply(Response, saved.PreferredCulture, removeWhenNone: true);
        StatusMessage = "Profile:Saved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAvatarAsync(IFormFile? avatar)
    {
        if (avatar is null || avatar.Length == 0)
        {
            return await AvatarFailedAsync(errors.Localize(ProfileErrorCodes.AvatarNotAnImage));
        }

        try
        {
            await using var stream = avatar.OpenReadStream();
            await avatars.SetAsync(await account.GetUserAsync(), stream, HttpContext.RequestAborted);
        }
        catch (BusinessException exception)
        {
            return await AvatarFailedAsync(errors.Localize(exception.Code, exception.Values));
        }

        StatusMessage = "Profile:AvatarSaved";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAvatarAsync()
    {
        await profiles.DeleteAvatarAsync();
        StatusMessage = "Profile:AvatarRemoved";
        return RedirectToPage();
    }

    private async Task<IActionResult> AvatarFailedAsync(string message)
    {
        await OnGetAsync();
        AvatarError = message;
        return Page();
    }
}
