using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EventPlatform.Events.Pages.Manage.Agenda;

/// <summary>Shows validator and domain errors of the agenda services next to the page's form fields.</summary>
internal static class AgendaPageErrors
{
    public static bool AddErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix, ErrorLocalizer errors)
    {
        foreach (var failure in result.Errors)
        {
            var message = failure.ErrorCode.StartsWith("Events:", StringComparison.Ordinal)
                ? errors.Localize(failure.ErrorCode)
                : failure.ErrorMessage;
            modelState.AddModelError($"{prefix}.{failure.PropertyName}", message);
        }

        return result.IsValid;
    }

    public static void AddError(this ModelStateDictionary modelState, BusinessException exception, ErrorLocalizer errors, string key = "") =>
        modelState.AddModelError(key, errors.Localize(exception.Code, exception.Values));

    /// <summary>The first error of a field, for the element its input's aria-describedby points to.</summary>
    public static string? ErrorOf(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
}
