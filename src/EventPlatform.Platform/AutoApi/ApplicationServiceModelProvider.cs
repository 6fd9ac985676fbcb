using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace EventPlatform.Platform.AutoApi;

/// <summary>
/// Gives application-service controllers their conventional routes, verbs and parameter sources, and marks them
/// <c>[ApiController]</c>. A provider, not an <c>IApplicationModelConvention</c>: conventions run after every provider,
/// too late for MVC's <c>[ApiController]</c> provider (automatic 400, binding inference), which needs attribute routes.
/// </summary>
public sealed class ApplicationServiceModelProvider(ApplicationServiceRegistry registry, IModelMetadataProvider metadata) : IApplicationModelProvider
{
    // After DefaultApplicationModelProvider (-1000) has built the controllers, before ApiBehaviorApplicationModelProvider (-900).
    public int Order => -1000 + 50;

    public void OnProvidersExecuting(ApplicationModelProviderContext context)
    {
        foreach (var controller in context.Result.Controllers.Where(c => registry.Contains(c.ControllerType.AsType())))
        {
            Configure(controller);
        }
    }

    public void OnProvidersExecuted(ApplicationModelProviderContext context)
    {
    }

    private void Configure(ControllerModel controller)
    {
        var type = controller.ControllerType.AsType();
        controller.ControllerName = RouteNaming.ServiceNameOf(ApplicationServiceTypes.PrimaryContractOf(type));
        var apiController = new ApiControllerAttribute();
        // ControllerModel exposes its attributes read-only, but MVC's [ApiController] provider looks for the marker there.
        if (controller.Attributes is not IList<object> { IsReadOnly: false } attributes)
        {
            throw new InvalidOperationException("ControllerModel.Attributes is no longer a mutable list; mark application services as [ApiController] another way.");
        }

        attributes.Add(apiController);
        foreach (var selector in controller.Selectors) selector.EndpointMetadata.Add(apiController);
        controller.ApiExplorer.IsVisible = true;
        controller.Filters.Add(new ValidateArgumentsFilter());
        controller.Filters.Add(new NoContentForVoidFilter());

        var contractMethods = ApplicationServiceTypes.ContractMethodsOf(type);
        foreach (var action in controller.Actions.ToList())
        {
            var route = contractMethods.TryGetValue(action.ActionMethod, out var contractMethod)
                ? ActionRoute.For(type, action.ActionMethod, contractMethod)
                : null;
            if (route is null)
            {
                // Public helpers that are not part of the service contract, and disabled methods, stay off HTTP.
                controller.Actions.Remove(action);
                continue;
            }

            Configure(action, route);
        }
    }

    private void Configure(ActionModel action, ActionRoute route)
    {
        action.Selectors.Clear();
        var selector = new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = route.Template } };
        // The cleared selectors carried the method's attributes ([Authorize], [AllowAnonymous]...) as endpoint metadata.
        foreach (var attribute in action.Attributes) selector.EndpointMetadata.Add(attribute);
        selector.ActionConstraints.Add(new HttpMethodActionConstraint([route.HttpMethod]));
        selector.EndpointMetadata.Add(new HttpMethodMetadata([route.HttpMethod]));
        action.Selectors.Add(selector);

        // Documents the answer: 204 for Task, else JSON of the awaited type (MVC would also list text/plain).
        var returnType = action.ActionMethod.ReturnType;
        if (returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            returnType = returnType.GetGenericArguments()[0];
        }

        action.Filters.Add(returnType == typeof(void) || returnType == typeof(Task) || returnType == typeof(ValueTask)
            ? new ProducesResponseTypeAttribute(StatusCodes.Status204NoContent)
            : new ProducesResponseTypeAttribute(returnType, StatusCodes.Status200OK, "application/json"));

        var routeParameters = RoutePatternFactory.Parse(route.Template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var bodyAllowed = route.HttpMethod is "POST" or "PUT" or "PATCH";
        var bodies = 0;
        foreach (var parameter in action.Parameters)
        {
            // Explicit [FromX] attributes and special parameters (CancellationToken) keep their own source.
            if (parameter.BindingInfo?.BindingSource is not null) continue;

            var complex = metadata.GetMetadataForType(parameter.ParameterType).IsComplexType;
            BindingSource source;
            if (routeParameters.Contains(parameter.ParameterName))
            {
                source = BindingSource.Path;
            }
            else if (complex && bodyAllowed)
            {
                if (++bodies > 1)
                {
                    throw new InvalidOperationException(
                        $"{action.Controller.ControllerType.Name}.{action.ActionMethod.Name} has more than one complex parameter; a request has only one body.");
                }

                source = BindingSource.Body;
            }
            else
            {
                source = BindingSource.Query;
            }

            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource = source;
        }
    }
}
