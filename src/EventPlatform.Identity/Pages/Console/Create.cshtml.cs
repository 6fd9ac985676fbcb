using EventPlatform.Identity.PlatformConsole;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EventPlatform.Identity.Pages.PlatformConsole;

/// <summary><c>/console/organizations/new</c>: a platform administrator creates an organization, optionally for an existing owner.</summary>
[Authorize(Policy = ConsolePolicies.PlatformAdmin)]
public sealed class ConsoleCreateModel(
    IConsoleOrganizationAppService organizations,
    IValidator<CreateConsoleOrganizationInput> validator,
    ErrorLocalizer errors,
    IStringLocalizer<IdentityResource> localizer) : PageModel
{
    [BindProperty]
    public CreateForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var input = new CreateConsoleOrganizationInput(Input.Name?.Trim() ?? "", Input.Slug?.Trim().ToLowerInvariant() ?? "", Input.OwnerEmail?.Trim());
        foreach (var failure in (await validator.ValidateAsync(input)).Errors)
        {
            ModelState.AddModelError($"Input.{failure.PropertyName}", localizer[$"Console:Create:{failure.PropertyName}Invalid"]);
        }

        if (ModelState.ErrorCount > 0) return Page();
        try
        {
            var created = await organizations.CreateAsync(input);
            TempData[nameof(ConsoleIndexModel.StatusMessage)] = localizer["Console:Created", created.Name].Value;
            return RedirectToPage("/Console/Index");
        }
        catch (BusinessException error) when (error.Code is IdentityErrorCodes.SlugTaken or IdentityErrorCodes.InvalidSlug or ConsoleErrorCodes.OwnerNotFound)
        {
            var field = error.Code == ConsoleErrorCodes.OwnerNotFound ? nameof(CreateForm.OwnerEmail) : nameof(CreateForm.Slug);
            ModelState.AddModelError($"Input.{field}", errors.Localize(error.Code, error.Values));
            return Page();
        }
    }

    public sealed class CreateForm
    {
        public string? Name { get; set; }

        public string? Slug { get; set; }

        public string? OwnerEmail { get; set; }
    }
}
