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

    /// <summary>Scrapes until the count grows: a request's duration is recorded just after its response is sent.</summary>
    private async Task<(string Metrics, long Count)> ScrapeUntilAboveAsync(string metric, string label, long before)
    {
        var metrics = await ScrapeAsync();
        for (var attempt = 0; attempt < 50 && Count(metrics, metric, label) <= before; attempt++)
        {
            await Task.Delay(100);
            metrics = await ScrapeAsync();
        }

        return (metrics, Count(metrics, metric, label));
    }

    [Fact]
    public async Task Should_expose_the_http_request_duration_in_prometheus_format()
    {
        const string route = "http_route=\"/health/live\"";
        var before = Count(await ScrapeAsync(), RequestDuration, route);

        await _host.CreateClient().GetAsync("/health/live");

        var (metrics, after) = await ScrapeUntilAboveAsync(RequestDuration, route, before);
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

        var (metrics, after) = await ScrapeUntilAboveAsync(DatabaseOperationDuration, pool, before);
        metrics.ShouldContain($"# TYPE {DatabaseOperationDuration} histogram");
        after.ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task Should_expose_the_runtimes_allocations_and_collections()
    {
        const string allocated = "dotnet_gc_heap_total_allocated_bytes_total";
        var before = Value(await ScrapeAsync(), allocated);
        GC.KeepAlive(GC.AllocateUninitializedArray<byte>(1_000_000));

        // The exporter answers a scrape from its cache for a moment: scrape until the allocation shows.
        var metrics = await ScrapeAsync();
        for (var attempt = 0; attempt < 50 && Value(metrics, allocated) < before + 1_000_000; attempt++)
        {
            await Task.Delay(100);
            metrics = await ScrapeAsync();
        }

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
