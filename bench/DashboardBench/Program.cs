using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

// Usage: DashboardBench <scan-url> <dashboard-url> <token> <event> <list> <codes-file> <connections> <scans-per-second> <seconds> [warm-up-seconds]
// <connections> dashboards join the event's group on <dashboard-url> (WebSockets, the token as bearer); gates then scan
// one ticket each (codes-file, one code per line) through <scan-url> at a fixed rate, open loop. Each dashboard notes,
// for every scan it receives, the time from the server's commit stamp to its receipt (one machine, one clock). Scans of
// the warm-up are not counted. Last line: connections=… p50_ms=… p99_ms=… (the line before it: counts and the scans' own latency).
// The dashboards speak SignalR's JSON protocol over a plain WebSocket (DashboardSocket) and read only the commit stamps
// out of each update: the load generator shares the cores with the host, and a full client object graph per message
// (five thousand a second) would take CPU that the host's pushes then wait for.
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
var dashboards = new List<DashboardSocket>(connections);
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

async Task<DashboardSocket> ConnectAsync()
{
    var hub = new UriBuilder(new Uri(new Uri(dashboardUrl), "/hubs/check-in-dashboard")) { Scheme = dashboardUrl.StartsWith("https", StringComparison.Ordinal) ? "wss" : "ws" }.Uri;
    return await DashboardSocket.ConnectAsync(hub, token, eventId, (committedAt, receivedAt) =>
    {
        if (measuring) latency.Add((receivedAt - committedAt).TotalMilliseconds);
    });
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

/// <summary>
/// One dashboard: SignalR's JSON protocol (records ended by 0x1E) over a WebSocket, negotiation skipped as the browser's
/// client may. Handshake, then <c>Join(event)</c> and its completion; then every "update" record's scans' <c>committedAt</c>
/// go to <c>onCommitted</c> with the record's receipt time. Pings every 15 s keep the server's client timeout (30 s) away.
/// </summary>
internal sealed class DashboardSocket : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1E;
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("{\"type\":6}\u001e");
    private static readonly byte[] CommittedAtName = "committedAt"u8.ToArray();

    private readonly ClientWebSocket _socket;
    private readonly Action<DateTimeOffset, DateTimeOffset> _onCommitted;
    private readonly CancellationTokenSource _stop = new();
    private readonly ArrayBufferWriter<byte> _pending = new(16 * 1024);
    private Task _receiving = Task.CompletedTask;
    private Task _pinging = Task.CompletedTask;

    private DashboardSocket(ClientWebSocket socket, Action<DateTimeOffset, DateTimeOffset> onCommitted)
    {
        _socket = socket;
        _onCommitted = onCommitted;
    }

    public static async Task<DashboardSocket> ConnectAsync(Uri hub, string token, Guid eventId, Action<DateTimeOffset, DateTimeOffset> onCommitted)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        await socket.ConnectAsync(hub, CancellationToken.None);
        var dashboard = new DashboardSocket(socket, onCommitted);
        await dashboard.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"));
        var handshake = await dashboard.ReadRecordAsync();
        if (handshake.Contains("error", StringComparison.Ordinal)) throw new InvalidOperationException("SignalR handshake refused: " + handshake);
        await dashboard.SendAsync(Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"0\",\"target\":\"Join\",\"arguments\":[\"{eventId}\"]}}\u001e"));
        // The Join's completion (type 3) comes before any update of the event; pings may come first.
        while (true)
        {
            var record = await dashboard.ReadRecordAsync();
            using var json = JsonDocument.Parse(record);
            if (json.RootElement.GetProperty("type").GetInt32() != 3) continue;
            if (json.RootElement.TryGetProperty("error", out var error)) throw new InvalidOperationException("Join refused: " + error.GetString());
            break;
        }

        dashboard._receiving = dashboard.ReceiveAsync();
        dashboard._pinging = dashboard.PingAsync();
        return dashboard;
    }

    private Task SendAsync(byte[] bytes) => _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);

    /// <summary>Before the receive loop runs: the next whole record, as text.</summary>
    private async Task<string> ReadRecordAsync()
    {
        var end = await NextRecordAsync();
        if (end < 0) throw new InvalidOperationException("The hub closed the connection.");
        var record = Encoding.UTF8.GetString(_pending.WrittenSpan[..end]);
        Consume(end + 1);
        return record;
    }

    private async Task ReceiveAsync()
    {
        try
        {
            int end;
            while ((end = await NextRecordAsync()) >= 0)
            {
                ReadStamps(_pending.WrittenSpan[..end]);
                Consume(end + 1);
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // Disposed: the pending receive was aborted.
        }
    }

    /// <summary>Receives until a whole record is buffered; returns its length (without the separator), or -1 once the hub closed.</summary>
    private async Task<int> NextRecordAsync()
    {
        int end;
        while ((end = _pending.WrittenSpan.IndexOf(RecordSeparator)) < 0)
        {
            var result = await _socket.ReceiveAsync(_pending.GetMemory(16 * 1024), _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close) return -1;
            _pending.Advance(result.Count);
        }

        return end;
    }

    /// <summary>Drops the first <paramref name="count"/> buffered bytes (a whole record); what follows stays for the next read.</summary>
    private void Consume(int count)
    {
        var rest = _pending.WrittenSpan[count..].ToArray();
        _pending.ResetWrittenCount();
        _pending.Write(rest);
    }

    /// <summary>The commit stamps of a record's scans (pings and other records have none), read at the record's receipt.</summary>
    private void ReadStamps(ReadOnlySpan<byte> record)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        var reader = new Utf8JsonReader(record);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(CommittedAtName) && reader.Read())
            {
                _onCommitted(reader.GetDateTimeOffset(), receivedAt);
            }
        }
    }

    private async Task PingAsync()
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(15));
            while (await timer.WaitForNextTickAsync(_stop.Token)) await SendAsync(Ping);
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // Disposed.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_receiving, _pinging);
        _socket.Dispose();
        _stop.Dispose();
    }
}

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
