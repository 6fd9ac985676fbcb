using EventPlatform.Ticketing.Services.PromoCodes;
using EventPlatform.Ticketing.Services.Quotas;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing.Services;

/// <summary>Helpers of the organizer's set-up services (quotas, promo codes, questions); the app services register themselves.</summary>
public static class OrganizerServices
{
    public static IServiceCollection AddTicketingOrganizer(this IServiceCollection services)
    {
        services.AddScoped<EventTicketTypes>();
        services.AddScoped<QuotaFigures>();
        services.AddScoped<PromoCodeUsage>();
        return services;
    }
}
