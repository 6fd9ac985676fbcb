using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using EventPlatform.Platform.Outbox;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Orders;
using EventPlatform.Ticketing.Pages.Checkout;
using EventPlatform.Ticketing.Reservations;
using EventPlatform.Ticketing.Services;
using EventPlatform.Ticketing.Services.Checkout;
using EventPlatform.Ticketing.Tickets;
using Microsoft.Extensions.Configuration;
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
        builder.Services.AddOptions<TicketingOptions>().Bind(builder.Configuration.GetSection(TicketingOptions.SectionName));
        builder.Services.AddScoped<TicketingEvents>();
        builder.Services.AddScoped<QuotaLedger>();
        builder.Services.AddScoped<Availability>();
        builder.Services.AddScoped<PromoCodeResolver>();
        builder.Services.AddScoped<ReservationManager>();
        builder.Services.AddScoped<OrderManager>();
        builder.Services.AddScoped<TicketOffers>();
        builder.Services.AddHostedService<ExpiredHoldSweeper>();
        builder.Services.AddIntegrationEventHandler<EventPlatform.Events.Catalog.SessionCapacityChanged, SessionCapacityFollower>();
        builder.Services.AddTicketingOrganizer();
        builder.Services.AddTicketingTickets();
        builder.AddTicketingOrders();
        builder.Services.AddApplicationServices(typeof(TicketingModule).Assembly);
        builder.Services.AddScoped<IDataSeeder, Seed.DemoTicketsSeeder>();
        builder.Services.AddTicketingCheckout();
        return builder;
    }

    /// <summary>Endpoints that are not app services or pages (webhooks, hubs) are mapped here.</summary>
    public static WebApplication MapTicketingModule(this WebApplication app) => app;
}
