using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Search;
using EventPlatform.Events.Editor;
using EventPlatform.Events.Services;
using EventPlatform.Events.Services.Agenda;
using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events;

public static class EventsModule
{
    public static WebApplicationBuilder AddEventsModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<EventsDbContext>(EventsDbContext.SchemaName);
        builder.Services.AddLocalizationResource<EventsResource>();
        builder.Services.AddPermissionDefinitions<EventsPermissionDefinitionProvider>();
        builder.Services.AddScoped<EventManager>();
        builder.Services.AddScoped<PublicListingWriter>();
        builder.Services.AddScoped<EventCloner>();
        builder.Services.AddScoped<EventLookup>();
        builder.Services.AddSingleton<EventPlatform.Events.Catalog.EventCatalogCache>();
        builder.Services.AddScoped<EventPlatform.Events.Catalog.IEventCatalog, EventPlatform.Events.Catalog.EventCatalog>();
        builder.Services.AddApplicationServices(typeof(EventsModule).Assembly);
        builder.Services.AddScoped<IDataSeeder, Seed.DemoEventsSeeder>();
        builder.Services.AddEventsPublic();
        builder.Services.AddEventsAgenda();
        builder.AddEventsSearch();
        builder.Services.AddEventsEditor();
        return builder;
    }

    /// <summary>Endpoints that are not app services or pages (webhooks, hubs) are mapped here.</summary>
    public static WebApplication MapEventsModule(this WebApplication app)
    {
        app.MapEventsAgenda();
        return app;
    }
}
