using EventPlatform.Events.Public;
using EventPlatform.Events.Public.Calendars;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events;

public static class PublicEventsServiceCollectionExtensions
{
    /// <summary>The public event pages, calendars and sitemap (the app service itself is found by the auto API).</summary>
    public static IServiceCollection AddEventsPublic(this IServiceCollection services)
    {
        services.AddScoped<PublicEventReader>();
        services.AddSingleton<EventCalendarWriter>();
        return services;
    }
}
