using EventPlatform.Ticketing.Data;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using EventPlatform.Ticketing.Tickets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Ticketing;

public static class TicketingModule
{
    public static WebApplicationBuilder AddTicketingModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<TicketingDbContext>(TicketingDbContext.SchemaName);
        builder.Services.AddLocalizationResource<TicketingResource>();
        builder.Services.AddPermissionDefinitions<TicketingPermissionDefinitionProvider>();
        builder.Services.AddTicketingTickets();
        return builder;
    }

    /// <summary>Endpoints that are not app services or pages (webhooks, hubs) are mapped here.</summary>
    public static WebApplication MapTicketingModule(this WebApplication app) => app;
}
