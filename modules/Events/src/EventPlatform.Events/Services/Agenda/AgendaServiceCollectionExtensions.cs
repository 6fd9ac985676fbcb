using EventPlatform.Platform.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Services.Agenda;

public static class AgendaServiceCollectionExtensions
{
    /// <summary>The agenda's helpers and settings; its app services are found by the module's assembly scan.</summary>
    public static IServiceCollection AddEventsAgenda(this IServiceCollection services)
    {
        services.AddScoped<SessionAttachmentService>();
        services.AddSettingDefinitions<AgendaSettingDefinitionProvider>();
        return services;
    }
}
