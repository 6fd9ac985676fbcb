using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.AutoApi;

/// <summary>The application-service classes registered with <c>AddApplicationServices</c>; they, and only they, become controllers.</summary>
public sealed class ApplicationServiceRegistry(ApplicationPartManager partManager)
{
    private readonly HashSet<Assembly> _assemblies = [];
    private readonly HashSet<Type> _services = [];

    public IReadOnlyCollection<Type> Services => _services;

    public bool Contains(Type type) => _services.Contains(type);

    /// <summary>Adds the assembly once, also as an MVC application part so its services can be found as controllers.</summary>
    internal bool TryAddAssembly(Assembly assembly)
    {
        if (!_assemblies.Add(assembly)) return false;
        if (!partManager.ApplicationParts.OfType<AssemblyPart>().Any(p => p.Assembly == assembly))
        {
            partManager.ApplicationParts.Add(new AssemblyPart(assembly));
        }

        return true;
    }

    internal void Add(Type serviceType) => _services.Add(serviceType);

    /// <summary>The registry of this service collection (one per host), created on first use.</summary>
    internal static ApplicationServiceRegistry? Find(IServiceCollection services) =>
        services.LastOrDefault(d => d.ServiceType == typeof(ApplicationServiceRegistry))?.ImplementationInstance as ApplicationServiceRegistry;
}
