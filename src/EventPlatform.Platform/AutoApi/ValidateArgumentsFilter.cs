using System.Collections.Concurrent;
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
    /// <summary>The validator service type of each argument type, made once.</summary>
    private static readonly ConcurrentDictionary<Type, Type> ValidatorTypes = new();

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var services = context.HttpContext.RequestServices;
        List<ValidationFailure>? failures = null;
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (!context.ActionArguments.TryGetValue(parameter.Name, out var argument) || argument is null) continue;

            var validatorType = ValidatorTypes.GetOrAdd(parameter.ParameterType, type => typeof(IValidator<>).MakeGenericType(type));
            foreach (var validator in services.GetServices(validatorType).OfType<IValidator>())
            {
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                if (!result.IsValid) (failures ??= []).AddRange(result.Errors);
            }
        }

        if (failures is not null) throw new ValidationException(failures);
        await next();
    }
}
