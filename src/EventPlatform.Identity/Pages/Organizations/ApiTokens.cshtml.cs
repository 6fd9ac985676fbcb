using System.Globalization;
using EventPlatform.Identity.ApiTokens;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>The organization's API tokens: create one (its secret is shown on this answer only), see when each was last used, revoke.</summary>
[Authorize(IdentityPermissions.ApiTokens.Manage)]
public sealed class ApiTokensModel(
    IApiTokenAppService tokens,
    IValidator<CreateApiTokenInput> validator,
    ErrorLocalizer errors,
    JsonLocalizationStore texts) : PageModel
{
    /// <summary>Lifetimes offered in the form, in days; null lives until revoked.</summary>
    public static readonly int?[] Lifetimes = [30, 90, ApiTokenConsts.MaxLifetimeDays, null];

    public IReadOnlyList<ApiTokenDto> Tokens { get; private set; } = [];

    public IReadOnlyList<string> GrantablePermissions { get; private set; } = [];

    public CreatedApiTokenDto? Created { get; private set; }

    [BindProperty]
    public ApiTokenForm Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var input = new CreateApiTokenInput(Input.Name ?? "", Input.Permissions, Input.ExpiresInDays);
        var validation = await validator.ValidateAsync(input);
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError($"{nameof(Input)}.{error.PropertyName}", error.ErrorMessage);
        }

        if (validation.IsValid)
        {
            try
            {
                Created = await tokens.CreateAsync(input);
                ModelState.Clear();
                Input = new ApiTokenForm();
            }
            catch (BusinessException e) when (e.Code == IdentityErrorCodes.ApiTokenPermissionNotHeld)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Permissions)}", errors.Localize(e.Code, e.Values));
            }
        }

        // The secret is in this answer only: keep it out of every cache.
        Response.Headers.CacheControl = "no-store";
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        await tokens.RevokeAsync(id);
        return RedirectToPage();
    }

    /// <summary>A permission's name in the current language, from the resource of the module that defines it.</summary>
    public string PermissionText(string permission) =>
        texts.FindByCode(permission.Split('.', 2)[0]) is { } resource && texts.Find(resource, permission, CultureInfo.CurrentUICulture) is { } text
            ? text
            : permission;

    private async Task LoadAsync()
    {
        Tokens = await tokens.GetListAsync();
        GrantablePermissions = (await tokens.GetGrantablePermissionsAsync()).OrderBy(PermissionText, StringComparer.CurrentCulture).ToList();
    }
}
