using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Email;
using EventPlatform.Platform.Errors;
using EventPlatform.Platform.Jobs;
using EventPlatform.Platform.Localization;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Observability;
using EventPlatform.Platform.Outbox;
using EventPlatform.Platform.Settings;
using EventPlatform.Platform.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Npgsql;

namespace EventPlatform.Platform.Hosting;

public static class PlatformModule
{
    /// <summary>The SaaS kernel: tenancy, data, localization, errors, health. Modules add themselves after it.</summary>
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.Configure<TenancyOptions>(configuration.GetSection("Tenancy"));
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddScoped<ICurrentUser, CurrentUser>();

        services.AddSingleton(_ => NpgsqlDataSourceHolder.For(configuration.GetRequiredConnectionString(ConnectionStringNames.Default)));
        services.AddModuleDbContext<PlatformDbContext>(KernelModelBuilder.PlatformSchema, order: 0);
        services.AddTransient<DatabaseMigrator>();
        services.AddScoped<Auditing.IAuditLog, Auditing.AuditLogWriter>();

        services.AddLocalizationResource<PlatformResource>();
        services.TryAddSingleton<JsonLocalizationStore>();
        services.TryAddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.TryAddTransient(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.TryAddSingleton<ErrorLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(JsonLocalizationStore.DefaultCulture)
                .AddSupportedCultures([.. JsonLocalizationStore.SupportedCultures])
                .AddSupportedUICultures([.. JsonLocalizationStore.SupportedCultures]);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
        });

        services.AddProblemDetails();
        services.AddSingleton<ProblemDetailsExceptionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Diagnostics.IExceptionHandler>(sp => sp.GetRequiredService<ProblemDetailsExceptionHandler>());

        services.AddApplicationServices(typeof(PlatformModule).Assembly);

        services.AddDataProtection().SetApplicationName("EventPlatform").PersistKeysToDbContext<PlatformDbContext>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddPlatformSettings();
        services.AddPlatformPermissions();
        builder.AddPlatformOutbox();
        builder.AddPlatformJobs();
        services.AddPlatformEmail(configuration);
        services.AddPlatformBlobs(configuration);
        builder.AddPlatformObservability();
        return builder;
    }

    public static IServiceCollection AddLocalizationResource<TResource>(this IServiceCollection services) where TResource : class
    {
        services.AddSingleton(new LocalizationResourceRegistration(typeof(TResource)));
        return services;
    }

    /// <summary>Errors, localization and tenancy in the pipeline; call after <c>UseRouting</c> and authentication.</summary>
    public static WebApplication UsePlatform(this WebApplication app)
    {
        app.UseMiddleware<TenantResolutionMiddleware>();
        return app;
    }

    public static WebApplication MapPlatform(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapAutoApi();
        app.MapPlatformJobs();
        app.MapPlatformBlobs();
        return app;
    }

    /// <summary>
    /// First in the pipeline: correlation id and request logging. Then exceptions and bare status codes become
    /// ProblemDetails for API clients and re-execute <paramref name="errorPagePath"/>/{status} for browsers. The request
    /// culture comes before them so that error answers are localized too (a culture set further in would not flow
    /// back out to the handlers).
    /// </summary>
    public static WebApplication UsePlatformErrorsAndCulture(this WebApplication app, string errorPagePath = "/error")
    {
        app.UsePlatformObservability();
        app.UseRequestLocalization();
        var handler = app.Services.GetRequiredService<ProblemDetailsExceptionHandler>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = errorPagePath,
            StatusCodeSelector = exception => handler.ToProblem(exception).Status ?? StatusCodes.Status500InternalServerError,
            // Refusals (4xx) are answers, not failures: only defects are logged as errors.
            SuppressDiagnosticsCallback = context => handler.ToProblem(context.Exception).Status < StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (ProblemDetailsExceptionHandler.WantsHtml(http.Request))
            {
                await StatusCodeReExecutor.ReExecuteAsync(context, $"{errorPagePath}/{http.Response.StatusCode}");
                return;
            }

            await ProblemDetailsExceptionHandler.WriteAsync(
                http.RequestServices.GetRequiredService<IProblemDetailsService>(),
                new ProblemDetailsContext { HttpContext = http, ProblemDetails = handler.ToProblemForStatus(http.Response.StatusCode) });
        });
        return app;
    }
}
