using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Editor;

public static class EditorServiceCollectionExtensions
{
    /// <summary>Services of the organizer's event editor that are not app services.</summary>
    public static IServiceCollection AddEventsEditor(this IServiceCollection services) =>
        services.AddScoped<EventCoverService>();
}
