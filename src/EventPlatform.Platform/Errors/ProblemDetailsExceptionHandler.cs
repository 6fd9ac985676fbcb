using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.MultiTenancy;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace EventPlatform.Platform.Errors;

/// <summary>
/// Turns exceptions into RFC 7807 answers with a localized title: business rules keep their status and
/// code, validation gives 400 with field errors, unreadable requests 400, concurrency 409. Anything
/// else is a defect: logged, and answered 500 without internals.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(
    IProblemDetailsService problemDetails,
    ErrorLocalizer errors,
    ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (WantsHtml(httpContext.Request))
        {
            // Browsers get the error page (re-executed by the exception handler middleware).
            if (problem.Status >= 500) logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            return false;
        }

        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("Request refused with {Status} {Code}", problem.Status, problem.Extensions.TryGetValue("code", out var code) ? code : null);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        await WriteAsync(problemDetails, new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
        return true;
    }

    public ProblemDetails ToProblem(Exception exception) => exception switch
    {
        BusinessException business => Problem(business.StatusCode, business.Code, errors.Localize(business.Code, business.Values), business.Values),
        ValidationException validation => ValidationProblem(validation),
        BadHttpRequestException bad => Problem(bad.StatusCode, PlatformErrorCodes.BadRequest, errors.Localize(PlatformErrorCodes.BadRequest), null, bad.Message),
        TenantMismatchException => Problem(StatusCodes.Status403Forbidden, PlatformErrorCodes.Forbidden, errors.Localize(PlatformErrorCodes.Forbidden)),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, PlatformErrorCodes.ConcurrencyConflict, errors.Localize(PlatformErrorCodes.ConcurrencyConflict)),
        OperationCanceledException => Problem(499, PlatformErrorCodes.BadRequest, errors.Localize(PlatformErrorCodes.BadRequest)),
        _ => Problem(StatusCodes.Status500InternalServerError, PlatformErrorCodes.ServerError, errors.Localize(PlatformErrorCodes.ServerError)),
    };

    /// <summary>
    /// Writes the problem as JSON even when the client's Accept header names no JSON type (an API URL
    /// opened in a browser): a plain answer beats the writer refusing and turning a 404 into a 500.
    /// </summary>
    public static async Task WriteAsync(IProblemDetailsService service, ProblemDetailsContext context)
    {
        if (!await service.TryWriteAsync(context))
        {
            await context.HttpContext.Response.WriteAsJsonAsync(context.ProblemDetails, context.ProblemDetails.GetType(), options: null, contentType: "application/problem+json");
        }
    }

    /// <summary>The answer for a bare status code (unknown route, 405, 429...).</summary>
    public ProblemDetails ToProblemForStatus(int status)
    {
        var code = status switch
        {
            StatusCodes.Status404NotFound => PlatformErrorCodes.NotFound,
            StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden => PlatformErrorCodes.Forbidden,
            StatusCodes.Status429TooManyRequests => PlatformErrorCodes.TooManyRequests,
            >= 500 => PlatformErrorCodes.ServerError,
            _ => PlatformErrorCodes.BadRequest,
        };
        return Problem(status, code, errors.Localize(code));
    }

    /// <summary>True for a browser navigating to a page, false for API clients (which get ProblemDetails JSON).</summary>
    public static bool WantsHtml(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private static ProblemDetails Problem(int status, string code, string title, IReadOnlyDictionary<string, object?>? values = null, string? detail = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = $"https://httpstatuses.io/{status}" };
        problem.Extensions["code"] = code;
        if (values is { Count: > 0 }) problem.Extensions["data"] = values;
        return problem;
    }

    private ValidationProblemDetails ValidationProblem(ValidationException validation) =>
        ToValidationProblem(PlatformErrorCodes.ValidationFailed, validation.Errors
            .GroupBy(e => e.PropertyName)
            .Select(g => KeyValuePair.Create(g.Key, g.Select(e => e.ErrorMessage).ToArray())));

    /// <summary>400 with the messages per field; field names camelCased as in the JSON the client sent (<c>Lines[0].Title</c> -> <c>lines[0].title</c>).</summary>
    public ValidationProblemDetails ToValidationProblem(string code, IEnumerable<KeyValuePair<string, string[]>> fieldErrors)
    {
        var problem = new ValidationProblemDetails(fieldErrors
            .GroupBy(e => FieldNames.ToCamelCase(e.Key))
            .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = errors.Localize(code),
            Type = "https://httpstatuses.io/400",
        };
        problem.Extensions["code"] = code;
        return problem;
    }
}
