using EventPlatform.Payments.Data;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Payments;

public static class PaymentsModule
{
    public static WebApplicationBuilder AddPaymentsModule(this WebApplicationBuilder builder)
    {
        builder.Services.AddModuleDbContext<PaymentsDbContext>(PaymentsDbContext.SchemaName);
        builder.Services.AddLocalizationResource<PaymentsResource>();
        builder.Services.AddPermissionDefinitions<PaymentsPermissionDefinitionProvider>();
        return builder;
    }

    /// <summary>Endpoints that are not app services or pages (webhooks, hubs) are mapped here.</summary>
    public static WebApplication MapPaymentsModule(this WebApplication app) => app;
}
