using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EventPlatform.Platform.AutoApi;

/// <summary>A method returning <c>Task</c> answers 204 No Content (MVC would answer 200 with an empty body).</summary>
public sealed class NoContentForVoidFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
        if (context.Exception is null && context.Result is EmptyResult) context.Result = new NoContentResult();
    }
}
