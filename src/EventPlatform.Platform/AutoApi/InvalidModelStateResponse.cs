using EventPlatform.Platform.Errors;
using EventPlatform.Platform.Exceptions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.AutoApi;

/// <summary>
/// The <c>[ApiController]</c> answer to a request MVC could not bind: the same ProblemDetails shape as every other
/// error (localized title, <c>code</c>, camelCase field errors).
/// </summary>
public static class InvalidModelStateResponse
{
    public static IActionResult Create(ActionContext context)
    {
        var handler = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsExceptionHandler>();
        // The JSON input formatter reports unreadable bodies under "$..." paths: that is a bad request, not a field to fix.
        var unreadable = context.ModelState.Keys.Any(k => k.StartsWith('$'));
        var fieldErrors = context.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .Select(entry => KeyValuePair.Create(entry.Key, entry.Value!.Errors.Select(e => e.ErrorMessage).ToArray()));
        var problem = handler.ToValidationProblem(unreadable ? PlatformErrorCodes.BadRequest : PlatformErrorCodes.ValidationFailed, fieldErrors);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json", "application/json" } };
    }
}
