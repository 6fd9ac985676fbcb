using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>Creates an organization; the creator becomes its Owner and works in it from now on.</summary>
[Authorize]
public sealed class NewModel(
    IMyOrganizationsAppService organizations,
    IValidator<CreateOrganizationInput> validator,
    UserManager<User> users,
    SignInManager<User> signIn,
    ErrorLocalizer errors) : PageModel
{
    [BindProperty]
    public NewOrganizationForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new CreateOrganizationInput(Input.Name ?? "", (Input.Slug ?? "").Trim().ToLowerInvariant());
        if (!ModelState.AddErrors(await validator.ValidateAsync(input), nameof(Input), errors)) return Page();
        try
        {
            await organizations.CreateAsync(input);
        }
        catch (BusinessException e)
        {
            ModelState.AddError(e, errors, $"{nameof(Input)}.{nameof(Input.Slug)}");
            return Page();
        }

        // The new organization becomes the selected one: the sign-in cookie carries it.
        if (await users.GetUserAsync(User) is { } user) await signIn.RefreshSignInAsync(user);
        return Redirect("/organizations/settings");
    }
}
