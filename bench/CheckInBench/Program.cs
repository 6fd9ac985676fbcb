using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

// Usage: CheckInBench <base-url or unix:/path.sock> <tickets.csv> <scans-per-second> <seconds> [warm-up-seconds]
// tickets.csv: token,list,code per line (an organization's API token, its check-in list, one ticket code), spread over the
// organizations. Open loop: scans are sent on a fixed schedule whatever the answers, each a first scan of its own ticket,
// and a request's time counts from when it was due (no coordinated omission). Beside them a no-op endpoint
// (/health/live) is asked ten times a second, measured the same way. Last, twenty gates scan one unused ticket at once.
// EP_BENCH_SERIES=FILE: every measured scan as "seconds since the start when it was due,milliseconds" (stalls show as runs).
// The line before the last: sent_late_p50_ms=… sent_late_p99_ms=… from_send_p50_ms=… from_send_p99_ms=… (how late the client sent
// the scans, and their time from then).
// Last line: scans=… scans_per_s=… p50_ms=… p99_ms=… noop_p99_ms=… errors=… duplicate_valid=…
var target = args[0];
var tickets = File.ReadAllLines(args[1]).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(p => (Token: p[0], List: p[1], Code: p[2])).ToArray();
var rate = double.Parse(args[2], CultureInfo.InvariantCulture);
var seconds = double.Parse(args[3], CultureInfo.InvariantCulture);
var warmUpSeconds = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 65;

ThreadPool.SetMinThreads(256, 256);
using var http = BenchHttp.Client(target, new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }, TimeSpan.FromSeconds(30));
var total = (int)(rate * seconds);
var warmUp = (int)(rate * warmUpSeconds);
if (total + 1 + warmUp > tickets.Length) throw new InvalidOperationException($"{tickets.Length} tickets are too few for {total} scans, the warm-up and the race.");

// Each measured scan: when it fell due, its time from then, and how late the client sent it (both in milliseconds).
var series = new ConcurrentBag<(long Due, double Ms, double Late)>();
var noop = new ConcurrentBag<double>();
var errors = 0;
var valid = 0;

// Warm-up, not counted: the same rate on tickets of their own, so the host has compiled the code of this load with the
// JIT's top tier (a fresh process spends several times the CPU per request, and the paths of a busy pool are new at a
// higher rate), and every organization's token and keys are cached.
await OpenLoop.RunAsync(warmUp, rate, (i, _) => WarmUpAsync(tickets[total + 1 + i]));
var started = await OpenLoop.RunAsync(total, rate, (i, due) => ScanTimedAsync(tickets[i], due), ProbeAsync);
var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

if (Environment.GetEnvironmentVariable("EP_BENCH_SERIES") is { Length: > 0 } seriesFile)
{
    File.WriteAllLines(seriesFile, series.OrderBy(x => x.Due).Select(x => FormattableString.Invariant($"{(x.Due - started) / (double)Stopwatch.Frequency:0.0000},{x.Ms:0.00}")));
}

// Twenty gates, one ticket, released together: exactly one may say "Valid".
var race = tickets[total];
using var gate = new SemaphoreSlim(0);
var racers = Enumerable.Range(0, 20).Select(async _ =>
{
    await gate.WaitAsync();
    return await ScanAsync(race, CancellationToken.None);
}).ToList();
gate.Release(20);
var raceValid = (await Task.WhenAll(racers)).Count(o => o == "Valid");
var latencies = series.Select(x => x.Ms).ToList();
var late = series.Select(x => x.Late).ToList();
var fromSent = series.Select(x => x.Ms - x.Late).ToList();

// How late the client sent the scans, and their time from the moment they left: a late client shows in the first pair.
Console.WriteLine(FormattableString.Invariant(
    $"sent_late_p50_ms={Percentiles.Of(late, 50):0.00} sent_late_p99_ms={Percentiles.Of(late, 99):0.00} from_send_p50_ms={Percentiles.Of(fromSent, 50):0.0} from_send_p99_ms={Percentiles.Of(fromSent, 99):0.0}"));
Console.WriteLine(FormattableString.Invariant(
    $"scans={total} warm_up={warmUp} valid={valid} scans_per_s={total / elapsed:0.0} p50_ms={Percentiles.Of(latencies, 50):0.0} p99_ms={Percentiles.Of(latencies, 99):0.0} noop_p99_ms={Percentiles.Of([.. noop], 99):0.0} errors={errors} race_valid={raceValid} duplicate_valid={Math.Max(0, raceValid - 1)}"));

async Task WarmUpAsync((string Token, string List, string Code) ticket)
{
    try
    {
        await ScanAsync(ticket, CancellationToken.None);
    }
    catch (Exception)
    {
        // Counted in the measured phase only.
    }
}

async Task ScanTimedAsync((string Token, string List, string Code) ticket, long due)
{
    var sent = Stopwatch.GetTimestamp();
    try
    {
        var outcome = await ScanAsync(ticket, CancellationToken.None);
        if (outcome == "Valid") Interlocked.Increment(ref valid);
        else Interlocked.Increment(ref errors);
    }
    catch (Exception)
    {
        Interlocked.Increment(ref errors);
    }
    finally
    {
        series.Add((due, Stopwatch.GetElapsedTime(due).TotalMilliseconds, (sent - due) * 1000.0 / Stopwatch.Frequency));
    }
}

async Task ProbeAsync(long due)
{
    using var response = await http.GetAsync("/health/live");
    noop.Add(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
}

async Task<string> ScanAsync((string Token, string List, string Code) ticket, CancellationToken cancellationToken)
{
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/checkin/lists/{ticket.List}/scans")
    {
        Content = new StringContent($"{{\"code\":\"{ticket.Code}\"}}", Encoding.UTF8, "application/json"),
    };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ticket.Token);
    using var response = await http.SendAsync(request, cancellationToken);
    var body = await response.Content.ReadAsStringAsync(cancellationToken);
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {body}");
    // ScanOutcome as the API writes it (a number); 0 is Valid.
    return JsonDocument.Parse(body).RootElement.GetProperty("outcome").GetInt32() == 0 ? "Valid" : "Refused";
}
