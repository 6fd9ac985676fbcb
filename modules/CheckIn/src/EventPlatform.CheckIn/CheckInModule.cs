using EventPlatform.CheckIn.Dashboard;
using EventPlatform.CheckIn.Data;
using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.CheckIn;

public static class CheckInModule
{
    public static WebApplicationBuilder AddCheckInModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<CheckInDbContext>(CheckInDbContext.SchemaName);
        builder.Services.AddLocalizationResource<CheckInResource>();
        builder.Services.AddPermissionDefinitions<CheckInPermissionDefinitionProvider>();
        builder.Services.AddScoped<Services.Scanner>();
        builder.Services.AddSingleton<Services.CheckInListCache>();
        builder.Services.AddApplicationServices(typeof(CheckInModule).Assembly);
        builder.AddCheckInDashboard();
        return builder;
    }

    /// <summary>Endpoints that are not app services or pages (webhooks, hubs) are mapped here.</summary>
    public static WebApplication MapCheckInModule(this WebApplication app)
    {
        app.MapHub<DashboardHub>(DashboardHubConsts.Path);
        return app;
    }
}
