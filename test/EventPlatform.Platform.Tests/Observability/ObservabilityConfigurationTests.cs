using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace EventPlatform.Platform.Tests.Observability;

[Collection(PlatformCollection.Name)]
public sealed class ObservabilityConfigurationTests(PlatformTestFactory factory)
{
    [Fact]
    public async Task Should_not_serve_metrics_when_they_are_disabled()
    {
        using var host = factory.Derive(builder => builder.UseSetting("Observability:Metrics:Enabled", "false"));

        var response = await host.CreateClient().GetAsync("/metrics");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_export_request_traces_to_the_configured_otlp_endpoint()
    {
        using var collector = new OtlpReceiver();
        using var host = factory.Derive(builder => builder
            .UseSetting("Observability:Otlp:Endpoint", collector.Endpoint)
            .UseSetting("Observability:Otlp:Protocol", "HttpProtobuf"));

        await host.CreateClient().GetAsync("/health/ready");
        host.Services.GetRequiredService<TracerProvider>().ForceFlush(timeoutMilliseconds: 10_000).ShouldBeTrue();

        var export = collector.Exports.ShouldHaveSingleItem();
        export.Path.ShouldBe("/v1/traces");
        export.ContentType.ShouldBe("application/x-protobuf");
        export.Length.ShouldBeGreaterThan(0);
    }
}
