using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;

namespace EventPlatform.Platform.Tests.Observability;

[Collection(PlatformCollection.Name)]
public sealed class LoggerFactoryTests(PlatformTestFactory factory)
{
    [Fact]
    public void Should_hand_out_one_logger_per_category_that_writes_to_serilog_under_that_category()
    {
        var sink = new CollectingLogSink();
        using var host = factory.Derive(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();

        var first = loggers.CreateLogger("EventPlatform.Gate");
        var again = loggers.CreateLogger("EventPlatform.Gate");
        first.LogWarning("Gate {Gate} closed", 3);

        again.ShouldBeSameAs(first);
        loggers.CreateLogger("EventPlatform.Other").ShouldNotBeSameAs(first);
        var logged = sink.Events.Where(e => e.MessageTemplate.Text == "Gate {Gate} closed").ShouldHaveSingleItem();
        logged.Properties["SourceContext"].ShouldBe(new ScalarValue("EventPlatform.Gate"));
        logged.Properties["Gate"].ShouldBe(new ScalarValue(3));
        logged.Level.ShouldBe(LogEventLevel.Warning);
    }
}
