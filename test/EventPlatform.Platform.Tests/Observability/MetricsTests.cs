using System.Globalization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventPlatform.Platform.Tests.Observability;

/// <summary>
/// Reads /metrics as Prometheus would; the names are those the OpenTelemetry exporter prints for .NET's and Npgsql's meters.
/// Each test uses a host of its own: OpenTelemetry merges same-named instruments of every host in the process, and
/// drops the merged metric when another test's host is disposed.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class MetricsTests(PlatformTestFactory platform) : IDisposable
{
    private readonly WebApplicationFactory<Program> _host = platform.Derive(_ => { });

    public void Dispose() => _host.Dispose();

    private const string RequestDuration = "http_server_request_duration_seconds";
    private const string DatabaseOperationDuration = "db_client_operation_duration_seconds";

    private async Task<string> ScrapeAsync() => await _host.CreateClient().GetStringAsync("/metrics");

    /// <summary>The sum of the histogram counts of <paramref name="metric"/> on lines containing <paramref name="label"/>.</summary>
    private static long Count(string metrics, string metric, string label) => metrics.Split('\n')
        .Where(line => line.StartsWith(metric + "_count{", StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal))
        .Sum(line => long.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));

    /// <summary>
    /// Scrapes until <paramref name="shows"/> holds (for up to 5 s): a request's duration is recorded just after its
    /// response is sent, and the exporter answers a scrape from its cache for a moment.
    /// </summary>
    private async Task<string> ScrapeUntilAsync(Func<string, bool> shows)
    {
        var metrics = await ScrapeAsync();
        for (var attempt = 0; attempt < 50 && !shows(metrics); attempt++)
        {
            await Task.Delay(100);
            metrics = await ScrapeAsync();
        }

        return metrics;
    }

    [Fact]
    public async Task Should_expose_the_http_request_duration_in_prometheus_format()
    {
        const string route = "http_route=\"/health/live\"";
        var before = Count(await ScrapeAsync(), RequestDuration, route);

        await _host.CreateClient().GetAsync("/health/live");

        var metrics = await ScrapeUntilAsync(m => Count(m, RequestDuration, route) > before);
        var after = Count(metrics, RequestDuration, route);
        metrics.ShouldContain($"# TYPE {RequestDuration} histogram");
        after.ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task Should_expose_database_operation_metrics_after_a_query()
    {
        // The application role's pool: the one the host queries with.
        const string pool = "Username=eventplatform_app";
        var before = Count(await ScrapeAsync(), DatabaseOperationDuration, pool);

        (await _host.CreateClient().GetAsync("/health/ready")).EnsureSuccessStatusCode();

        var metrics = await ScrapeUntilAsync(m => Count(m, DatabaseOperationDuration, pool) > before);
        var after = Count(metrics, DatabaseOperationDuration, pool);
        metrics.ShouldContain($"# TYPE {DatabaseOperationDuration} histogram");
        after.ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task Should_expose_the_runtimes_allocations_and_collections()
    {
        const string allocated = "dotnet_gc_heap_total_allocated_bytes_total";
        var before = Value(await ScrapeAsync(), allocated);
        GC.KeepAlive(GC.AllocateUninitializedArray<byte>(1_000_000));

        var metrics = await ScrapeUntilAsync(m => Value(m, allocated) >= before + 1_000_000);

        Value(metrics, allocated).ShouldBeGreaterThanOrEqualTo(before + 1_000_000);
        metrics.ShouldContain("dotnet_gc_collections_total{otel_scope_name=\"System.Runtime\",gc_heap_generation=\"gen0\"}");
        metrics.ShouldContain("dotnet_gc_pause_time_seconds_total{otel_scope_name=\"System.Runtime\"}");
    }

    /// <summary>The value of a counter of .NET's runtime meter that has no labels of its own.</summary>
    private static double Value(string metrics, string metric) => metrics.Split('\n')
        .Where(line => line.StartsWith(metric + "{otel_scope_name=\"System.Runtime\"} ", StringComparison.Ordinal))
        .Select(line => double.Parse(line.Split(' ')[1], CultureInfo.InvariantCulture))
        .ShouldHaveSingleItem();
}
