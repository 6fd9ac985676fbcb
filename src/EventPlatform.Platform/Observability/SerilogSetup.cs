using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace EventPlatform.Platform.Observability;

/// <summary>
/// Serilog from the <c>Serilog</c> section on top of defaults: Information, framework chatter at Warning,
/// log-context properties (CorrelationId), and when no sink is configured the console (plain text in
/// Development, compact JSON elsewhere).
/// </summary>
internal static class SerilogSetup
{
    public static void Configure(LoggerConfiguration logger, IServiceProvider services, IConfiguration configuration, IHostEnvironment environment)
    {
        logger.MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services);

        if (configuration.GetSection("Serilog:WriteTo").Exists()) return;
        if (environment.IsDevelopment())
        {
            logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext} {CorrelationId}{NewLine}  {Message:lj}{NewLine}{Exception}");
        }
        else
        {
            logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
    }
}
