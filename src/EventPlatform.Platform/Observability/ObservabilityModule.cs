using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Serilog;
using Serilog.Events;

namespace EventPlatform.Platform.Observability;

public static class ObservabilityModule
{
    /// <summary>Serilog as the logger; OpenTelemetry metrics (HTTP server, Npgsql, .NET runtime) for Prometheus and, when configured, OTLP traces and metrics.</summary>
    public static WebApplicationBuilder AddPlatformObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(ObservabilityOptions.SectionName).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        services.Configure<ObservabilityOptions>(builder.Configuration.GetSection(ObservabilityOptions.SectionName));

        services.AddSerilog((sp, logger) => SerilogSetup.Configure(logger, sp, sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()),
            preserveStaticLogger: true);
        CachingLoggerFactory.Decorate(services);

        var exportsOtlp = !string.IsNullOrWhiteSpace(options.Otlp.Endpoint);
        if (!options.Metrics.Enabled && !exportsOtlp) return builder;

        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService(builder.Environment.ApplicationName));
        if (options.Metrics.Enabled)
        {
            telemetry.WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddNpgsqlInstrumentation()
                // .NET's own: CPU time, GC collections and pauses, bytes allocated, thread pool queue, exceptions.
                .AddMeter("System.Runtime")
                .AddPrometheusExporter());
        }

        if (exportsOtlp)
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddNpgsql());
            telemetry.UseOtlpExporter(options.Otlp.Protocol, new Uri(options.Otlp.Endpoint!));
        }

        return builder;
    }

    /// <summary>Correlation id and request logging, first in the pipeline; maps <c>/metrics</c> when metrics are on.</summary>
    public static WebApplication UsePlatformObservability(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseSerilogRequestLogging(options =>
        {
            // The host's logger: the static Log.Logger is left alone so that several hosts can share a process (tests).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.EnrichDiagnosticContext = (diagnostics, http) => diagnostics.Set(CorrelationIdMiddleware.LogProperty, http.TraceIdentifier);
            // Probes and scrapes arrive every few seconds: keep them out of the log unless they fail.
            options.GetLevel = (http, _, exception) =>
                exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/health") || http.Request.Path.StartsWithSegments("/metrics") ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });

        var options = app.Configuration.GetSection(ObservabilityOptions.SectionName).Get<ObservabilityOptions>() ?? new ObservabilityOptions();
        if (options.Metrics.Enabled)
        {
            app.MapPrometheusScrapingEndpoint().AllowAnonymous();
        }

        return app;
    }
}
