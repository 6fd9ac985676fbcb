using EventPlatform.Platform.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EventPlatform.Web.Pages;

/// <summary>
/// The friendly page browsers see for a failed request: re-executed by the kernel for an exception
/// (<c>/error</c>) or a bare status code (<c>/error/{status}</c>), whatever the original HTTP method.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(ProblemDetailsExceptionHandler problems) : PageModel
{
    public int Status { get; private set; }

    public string Title { get; private set; } = "";

    public string CorrelationId => HttpContext.TraceIdentifier;

    // Runs whether or not a handler matches the method (a re-executed PUT or DELETE has no OnPut/OnDelete).
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var problem = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } exception
            ? problems.ToProblem(exception)
            : problems.ToProblemForStatus(StatusFromRoute());
        Status = problem.Status ?? StatusCodes.Status500InternalServerError;
        Title = problem.Title ?? "";
        Response.StatusCode = Status;
    }

    private int StatusFromRoute() => RouteData.Values["status"] switch
    {
        null => StatusCodes.Status500InternalServerError, // plain /error is the exception handler's path
        string value when int.TryParse(value, out var status) && status is >= 400 and <= 599 => status,
        _ => StatusCodes.Status404NotFound, // /error/200 and the like: there is no such error page
    };
}
