using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventPlatform.Platform.AutoApi;

public static class AutoApiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the application services of <paramref name="assemblies"/> (scoped, by class and by each service
    /// interface, one instance per scope), their FluentValidation validators, and serves them over HTTP by convention.
    /// </summary>
    public static IServiceCollection AddApplicationServices(this IServiceCollection services, params Assembly[] assemblies)
    {
        var registry = ApplicationServiceRegistry.Find(services) ?? AddAutoApi(services);
        foreach (var assembly in assemblies)
        {
            if (!registry.TryAddAssembly(assembly)) continue;

            foreach (var type in ApplicationServiceTypes.In(assembly))
            {
                registry.Add(type);
                services.TryAddScoped(type);
                foreach (var contract in ApplicationServiceTypes.ContractsOf(type))
                {
                    services.AddScoped(contract, sp => sp.GetRequiredService(type));
                }
            }

            // Validators hold rules only (texts are looked up when a rule fails, in the request's culture): one each for
            // the process, instead of building every rule again on each request that validates (the gate's scans).
            services.AddValidatorsFromAssembly(assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        }

        return services;
    }

    private static ApplicationServiceRegistry AddAutoApi(IServiceCollection services)
    {
        var mvc = services.AddControllers();
        var registry = new ApplicationServiceRegistry(mvc.PartManager);
        services.AddSingleton(registry);
        mvc.PartManager.FeatureProviders.Add(new ApplicationServiceControllerFeatureProvider(registry));
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApplicationModelProvider, ApplicationServiceModelProvider>());
        services.Replace(ServiceDescriptor.Transient<IControllerActivator, ApplicationServiceControllerActivator>());
        services.Configure<ApiBehaviorOptions>(options =>
        {
            options.InvalidModelStateResponseFactory = InvalidModelStateResponse.Create;
            // Bare 404/415... results fall through to the status-code ProblemDetails with their code, like every other route.
            options.SuppressMapClientErrors = true;
        });
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "EventPlatform API";
            return Task.CompletedTask;
        }));
        return registry;
    }
}
