using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EventPlatform.Platform.Settings;

public static class SettingsModule
{
    /// <summary>Setting definitions, the cached <see cref="ISettingProvider"/> and the <see cref="ISettingManager"/>.</summary>
    public static IServiceCollection AddPlatformSettings(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SettingDefinitionManager>();
        services.TryAddSingleton<SettingCache>();
        services.TryAddScoped<ISettingProvider, SettingProvider>();
        services.TryAddScoped<ISettingManager, SettingManager>();
        return services.AddSettingDefinitions<PlatformSettingDefinitionProvider>();
    }

    /// <summary>Adds a module's setting definitions.</summary>
    public static IServiceCollection AddSettingDefinitions<TProvider>(this IServiceCollection services)
        where TProvider : class, ISettingDefinitionProvider
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISettingDefinitionProvider, TProvider>());
        return services;
    }
}
