using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EventPlatform.Events.Pages.Manage.Events;

/// <summary>Puts validator and domain errors of the event services next to the editor's fields (keys <c>Input.Field</c>).</summary>
internal static class EditorErrors
{
    // Validator paths of EventInput -> the flat form's fields.
    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Location.Venue"] = "Venue", ["Location.Address"] = "Address", ["Location.City"] = "City",
        ["Location.PostalCode"] = "PostalCode", ["Location.CountryCode"] = "CountryCode", ["Location.Latitude"] = "Latitude",
        ["Location.Longitude"] = "Longitude", ["Location"] = "Latitude", ["Contact.Name"] = "ContactName",
        ["Contact.Email"] = "ContactEmail", ["Contact.Phone"] = "ContactPhone",
    };

    // Domain error codes -> the field the organizer should fix.
    private static readonly Dictionary<string, string> CodeFields = new(StringComparer.Ordinal)
    {
        [EventsErrorCodes.SlugTaken] = "Slug", [EventsErrorCodes.SlugInvalid] = "Slug",
        [EventsErrorCodes.UnknownTimeZone] = "TimeZone", [EventsErrorCodes.LocalTimeDoesNotExist] = "StartLocal",
        [EventsErrorCodes.EndBeforeStart] = "EndLocal", [EventsErrorCodes.TooLong] = "EndLocal",
        [EventsErrorCodes.VenueRequired] = "Venue", [EventsErrorCodes.OnlineUrlRequired] = "OnlineUrl",
        [EventsErrorCodes.CoverImageInvalid] = "cover",
    };

    public static bool AddErrors(this ModelStateDictionary modelState, ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            var field = Fields.GetValueOrDefault(failure.PropertyName, failure.PropertyName);
            modelState.AddModelError($"Input.{field}", failure.ErrorMessage);
        }

        return result.IsValid;
    }

    public static void AddError(this ModelStateDictionary modelState, BusinessException exception, ErrorLocalizer errors, string? key = null)
    {
        var field = key ?? (CodeFields.TryGetValue(exception.Code, out var f) ? (f == "cover" ? f : $"Input.{f}") : "");
        modelState.AddModelError(field, errors.Localize(exception.Code, exception.Values));
    }

    public static string? ErrorOf(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
