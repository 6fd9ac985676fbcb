using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EventPlatform.Identity.Pages.Organizations;

/// <summary>Shows validator and domain errors of the app services next to the page's form fields.</summary>
internal static class PageErrors
{
    public static bool AddErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix, ErrorLocalizer errors)
    {
        foreach (var failure in result.Errors)
        {
            var message = failure.ErrorCode.StartsWith("Identity:", StringComparison.Ordinal)
                ? errors.Localize(failure.ErrorCode, new Dictionary<string, object?> { ["value"] = failure.AttemptedValue, ["slug"] = failure.AttemptedValue })
                : failure.ErrorMessage;
            modelState.AddModelError($"{prefix}.{failure.PropertyName}", message);
        }

        return result.IsValid;
    }

    public static void AddError(this ModelStateDictionary modelState, BusinessException exception, ErrorLocalizer errors, string key = "") =>
        modelState.AddModelError(key, errors.Localize(exception.Code, exception.Values));
}
