using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.AutoApi;

/// <summary>
/// Validates every argument of an application-service call with the <see cref="IValidator{T}"/>s registered for its
/// type; failures become a <see cref="ValidationException"/>, answered 400 with field errors.
/// </summary>
public sealed class ValidateArgumentsFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        var failures = new List<ValidationFailure>();
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (!context.ActionArguments.TryGetValue(parameter.Name, out var argument) || argument is null) continue;

            var validatorType = typeof(IValidator<>).MakeGenericType(parameter.ParameterType);
            foreach (var validator in services.GetServices(validatorType).OfType<IValidator>())
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                failures.AddRange(result.Errors);
            }
        }

        if (failures.Count > 0) throw new ValidationException(failures);
        await next();
    }
}
