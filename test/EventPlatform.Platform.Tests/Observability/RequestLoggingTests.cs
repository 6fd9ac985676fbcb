using EventPlatform.Platform.Observability;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace EventPlatform.Platform.Tests.Observability;

[Collection(PlatformCollection.Name)]
public sealed class RequestLoggingTests(PlatformTestFactory factory)
{
    [Fact]
    public async Task Should_log_each_request_with_its_correlation_id()
    {
        var sink = new CollectingLogSink();
        using var host = factory.Derive(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(CorrelationIdMiddleware.HeaderName, "log-7");

        await client.GetAsync("/no-such-page");

        var request = await EventuallyAsync(() => sink.Events.FirstOrDefault(e =>
            e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal) && e.Properties["RequestPath"].ToString() == "\"/no-such-page\""));
        request.Properties[CorrelationIdMiddleware.LogProperty].ShouldBe(new ScalarValue("log-7"));
    }

    private static async Task<LogEvent> EventuallyAsync(Func<LogEvent?> find)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (find() is { } found) return found;
            await Task.Delay(50);
        }

        throw new ShouldAssertException("The request was not logged.");
    }
}
