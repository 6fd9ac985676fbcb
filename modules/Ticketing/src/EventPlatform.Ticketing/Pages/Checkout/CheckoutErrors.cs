using System.Globalization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>Puts the checkout's refusals next to the field they are about (ModelState keys are the form's field names).</summary>
public static class CheckoutErrors
{
    /// <summary>The form field of a refusal: its "field" data (<c>buyer.email</c> -> <c>Buyer.Email</c>), or the answer it names, or "" for the whole form.</summary>
    public static string FieldOf(BusinessException e, IReadOnlyList<Guid> orderQuestions, IReadOnlyList<AttendeeForm> attendees)
    {
        if (e.Values.TryGetValue("field", out var field) && field is string path) return Pascal(path);
        if (e.Values.TryGetValue("questionId", out var id) && id is Guid questionId)
        {
            if (orderQuestions.Contains(questionId)) return Answer("", questionId);
            // The service names the question, not the attendee: point at the first attendee whose answer is missing or was given.
            var index = attendees.ToList().FindIndex(a => a.Answers.ContainsKey(questionId) && string.IsNullOrWhiteSpace(a.Answers[questionId]));
            if (index < 0) index = attendees.ToList().FindIndex(a => a.Answers.ContainsKey(questionId));
            return index < 0 ? "" : Answer($"Attendees[{index}].", questionId);
        }

        return "";
    }

    public static string Answer(string prefix, Guid questionId) => $"{prefix}Answers[{questionId}]";

    public static string? ErrorOf(this ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>An id for the element that shows the error, for <c>aria-describedby</c>.</summary>
    public static string ErrorId(string key) => "err-" + new string(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    public static string Message(ErrorLocalizer errors, BusinessException e) => errors.Localize(e.Code, e.Values);

    private static string Pascal(string path) => string.Join('.', path.Split('.').Select(part =>
        part.Length == 0 ? part : char.ToUpper(part[0], CultureInfo.InvariantCulture) + part[1..]));
}
