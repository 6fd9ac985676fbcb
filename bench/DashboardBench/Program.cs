using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

// Usage: DashboardBench <scan-url> <dashboard-url> <token> <event> <list> <codes-file> <connections> <scans-per-second> <seconds> [warm-up-seconds]
// <connections> dashboards join the event's group on <dashboard-url> (WebSockets, the token as bearer); gates then scan
// one ticket each (codes-file, one code per line) through <scan-url> at a fixed rate, open loop. Each dashboard notes,
// for every scan it receives, the time from the server's commit stamp to its receipt (one machine, one clock). Scans of
// the warm-up are not counted. Last line: connections=… p50_ms=… p99_ms=… (the line before it: counts and the scans' own latency).
var scanUrl = args[0];
var dashboardUrl = args[1];
var token = args[2];
var eventId = Guid.Parse(args[3]);
var listId = args[4];
var codes = File.ReadAllLines(args[5]).Where(l => l.Length > 0).ToArray();
var connections = int.Parse(args[6], CultureInfo.InvariantCulture);
var rate = double.Parse(args[7], CultureInfo.InvariantCulture);
var seconds = double.Parse(args[8], CultureInfo.InvariantCulture);
var warmUpSeconds = args.Length > 9 ? double.Parse(args[9], CultureInfo.InvariantCulture) : 65;

ThreadPool.SetMinThreads(256, 256);
var total = (int)(rate * seconds);
var warmUp = (int)(rate * warmUpSeconds);
if (total + warmUp > codes.Length) throw new InvalidOperationException($"{codes.Length} tickets are too few for {total} scans and the warm-up.");

var latency = new Histogram();
var measuring = false;
var dashboards = new List<HubConnection>(connections);
var connectClock = Stopwatch.StartNew();
// Connected in batches: five hundred handshakes at once would measure the host's start-up, not the dashboard.
foreach (var batch in Enumerable.Range(0, connections).Chunk(50))
{
    dashboards.AddRange(await Task.WhenAll(batch.Select(_ => ConnectAsync())));
}

Console.WriteLine(FormattableString.Invariant($"{connections} dashboards connected and joined in {connectClock.Elapsed.TotalSeconds:0.0} s"));

using var http = BenchHttp.Client(scanUrl, new SocketsHttpHandler { MaxConnectionsPerServer = 256 }, TimeSpan.FromSeconds(30));
var scanLatency = new Histogram();
var errors = 0;

// Warm-up at the same rate: the host's hot paths get compiled by the JIT's top tier, and its periodic work has run once,
// before anything is measured.
await ScanAtRateAsync(codes[total..(total + warmUp)], rate, measured: false);
await Task.Delay(1000);
measuring = true;
var started = Stopwatch.GetTimestamp();
await ScanAtRateAsync(codes[..total], rate, measured: true);
var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
// The last pushes are on their way.
await Task.Delay(2000);
measuring = false;

var expected = (long)total * connections;
Console.WriteLine(FormattableString.Invariant(
    $"scans={total} scans_per_s={total / elapsed:0.0} scan_p99_ms={scanLatency.Percentile(99):0.0} errors={errors} expected={expected} received={latency.Count} missing={expected - latency.Count} max_ms={latency.Max:0.0} client_cpu_s={Environment.CpuUsage.TotalTime.TotalSeconds:0.0}"));
Console.WriteLine(FormattableString.Invariant($"connections={connections} p50_ms={latency.Percentile(50):0.0} p99_ms={latency.Percentile(99):0.0}"));
await Task.WhenAll(dashboards.Select(d => d.DisposeAsync().AsTask()));

async Task<HubConnection> ConnectAsync()
{
    var connection = new HubConnectionBuilder()
        .WithUrl(new Uri(new Uri(dashboardUrl), "/hubs/check-in-dashboard"), HttpTransportType.WebSockets, options =>
        {
            options.SkipNegotiation = true;
            options.Headers["Authorization"] = "Bearer " + token;
        })
        .Build();
    connection.On<Update>("update", update =>
    {
        if (!measuring) return;
        var now = DateTimeOffset.UtcNow;
        foreach (var scan in update.Scans) latency.Add((now - scan.CommittedAt).TotalMilliseconds);
    });
    await connection.StartAsync();
    await connection.InvokeAsync("Join", eventId);
    return connection;
}

// A scan's time counts from when it was due (no coordinated omission).
Task ScanAtRateAsync(string[] batch, double perSecond, bool measured) =>
    OpenLoop.RunAsync(batch.Length, perSecond, (i, due) => ScanAsync(batch[i], due, measured));

async Task ScanAsync(string code, long due, bool measured)
{
    try
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/checkin/lists/{listId}/scans")
        {
            Content = new StringContent($"{{\"code\":\"{code}\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode && measured) Interlocked.Increment(ref errors);
    }
    catch (Exception) when (measured)
    {
        Interlocked.Increment(ref errors);
    }
    catch (Exception)
    {
        // Warm-up failures are not counted.
    }
    finally
    {
        if (measured) scanLatency.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
    }
}

internal sealed record Update(List<ScanStamp> Scans);

internal sealed record ScanStamp(DateTimeOffset CommittedAt);

/// <summary>Millions of samples without keeping them: counts per 0.1 ms up to a minute, lock-free.</summary>
internal sealed class Histogram
{
    private const double Resolution = 0.1;
    private readonly long[] _buckets = new long[600_000];
    private long _count;
    private long _maxTicks;

    public long Count => Interlocked.Read(ref _count);

    public double Max => Interlocked.Read(ref _maxTicks) * Resolution;

    public void Add(double milliseconds)
    {
        var bucket = (long)Math.Clamp(milliseconds / Resolution, 0, _buckets.Length - 1);
        Interlocked.Increment(ref _buckets[bucket]);
        Interlocked.Increment(ref _count);
        var seen = Interlocked.Read(ref _maxTicks);
        while (bucket > seen)
        {
            var previous = Interlocked.CompareExchange(ref _maxTicks, bucket, seen);
            if (previous == seen) break;
            seen = previous;
        }
    }

    /// <summary>Nearest-rank percentile, to the bucket's upper edge.</summary>
    public double Percentile(double p)
    {
        var count = Count;
        if (count == 0) return double.NaN;
        var rank = (long)Math.Ceiling(p / 100 * count);
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += _buckets[i];
            if (seen >= rank) return (i + 1) * Resolution;
        }

        return _buckets.Length * Resolution;
    }
}
