using EventPlatform.CheckIn.Dashboard;
using EventPlatform.CheckIn.Data;
using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        // Brotli and gzip at their fastest levels, for JSON; used only where UseCheckInModule switches it on.
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = ["application/json"];
        });
        return builder;
    }

    /// <summary>
    /// A gate's offline download holds every ticket of the event (about 330 bytes of JSON each, some 7 MB for 20,000), so
    /// it goes out compressed, Brotli or gzip as the browser accepts. Only that download: compressing every small API
    /// answer would cost each scan CPU for nothing. It carries no input an attacker could reflect into it.
    /// </summary>
    public static WebApplication UseCheckInModule(this WebApplication app)
    {
        app.UseWhen(context => IsOfflineDownload(context.Request), branch => branch.UseResponseCompression());
        return app;
    }

    private static bool IsOfflineDownload(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.StartsWithSegments("/api/checkin/lists", StringComparison.OrdinalIgnoreCase, out var rest)
        && rest.Value is { } tail && tail.EndsWith("/offline", StringComparison.OrdinalIgnoreCase);

    /// <summary>Endpoints that are not app services or pages (webhooks, hubs) are mapped here.</summary>
    public static WebApplication MapCheckInModule(this WebApplication app)
    {
        app.MapHub<DashboardHub>(DashboardHubConsts.Path);
        return app;
    }
}
