using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventPlatform.Platform.Authorization;

public static class PermissionsModule
{
    /// <summary>Permission definitions, the <see cref="IPermissionChecker"/>, and policies named after permissions.</summary>
    public static IServiceCollection AddPlatformPermissions(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.TryAddSingleton<PermissionDefinitionManager>();
        services.TryAddScoped<PermissionChecker>();
        services.TryAddScoped<IPermissionChecker>(sp => sp.GetRequiredService<PermissionChecker>());
        services.Replace(ServiceDescriptor.Singleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IAuthorizationHandler, PermissionAuthorizationHandler>());
        return services.AddPermissionDefinitions<PlatformPermissionDefinitionProvider>();
    }

    /// <summary>Adds a module's permission definitions.</summary>
    public static IServiceCollection AddPermissionDefinitions<TProvider>(this IServiceCollection services)
        where TProvider : class, IPermissionDefinitionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPermissionDefinitionProvider, TProvider>());
        return services;
    }
}
