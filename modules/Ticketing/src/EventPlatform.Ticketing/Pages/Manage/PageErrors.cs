using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EventPlatform.Ticketing.Pages.Manage;

/// <summary>Puts validator and domain errors of the set-up services next to the form's fields (keys <c>Input.Field</c>).</summary>
internal static class PageErrors
{
    /// <summary>Validator paths map to the form field of the same name unless <paramref name="fields"/> says otherwise.</summary>
    public static bool AddErrors(this ModelStateDictionary modelState, ValidationResult result, IReadOnlyDictionary<string, string>? fields = null)
    {
        foreach (var failure in result.Errors)
        {
            var path = failure.PropertyName.Split('[')[0];
            var field = fields is not null && fields.TryGetValue(path, out var f) ? f : path;
            modelState.AddModelError($"Input.{field}", failure.ErrorMessage);
        }

        return result.IsValid;
    }

    /// <summary>A domain error goes next to the field its code names in <paramref name="fields"/>, else on top of the form.</summary>
    public static void AddError(this ModelStateDictionary modelState, BusinessException exception, ErrorLocalizer errors,
        IReadOnlyDictionary<string, string>? fields = null)
    {
        var key = fields is not null && fields.TryGetValue(exception.Code, out var f) ? $"Input.{f}" : "";
        modelState.AddModelError(key, errors.Localize(exception.Code, exception.Values));
    }

    public static string? ErrorOf(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
