using System.Diagnostics;
using System.Globalization;

/// <summary>
/// A sustained on-sale: <c>buyers</c> closed-loop clients each register (reserve + confirm one ticket) again as soon as
/// the last registration finished. A short warm-up runs first and is not counted.
/// </summary>
internal static class Sustain
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    public static async Task<string> RunAsync(string target, string organization, string slug, Guid ticketType, int seconds, int buyers)
    {
        using var http = BuyerClient.Create(target, buyers);
        var client = new BuyerClient(http, organization, slug);
        await client.WarmUpAsync(buyers);
        await LoopAsync(client, ticketType, buyers, WarmUp, []);

        var results = new List<Outcome>[buyers];
        for (var i = 0; i < buyers; i++) results[i] = [];
        var clock = Stopwatch.StartNew();
        await LoopAsync(client, ticketType, buyers, TimeSpan.FromSeconds(seconds), results);
        clock.Stop();

        var all = results.SelectMany(r => r).ToList();
        foreach (var group in all.Where(o => !o.Registered).GroupBy(o => $"reserve={o.Reserve} confirm={o.Confirm} {o.Error}").OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"    {group.Count()} x {group.Key}");
        }

        var latencies = all.Select(o => o.Elapsed.TotalMilliseconds).ToList();
        var registered = all.Count(o => o.Registered);
        return string.Create(CultureInfo.InvariantCulture,
            $"buyers={buyers} seconds={clock.Elapsed.TotalSeconds:F1} registrations={registered} registrations_per_s={registered / clock.Elapsed.TotalSeconds:F1} " +
            $"p50_ms={Percentiles.Of(latencies, 50):F1} p95_ms={Percentiles.Of(latencies, 95):F1} p99_ms={Percentiles.Of(latencies, 99):F1} " +
            $"max_ms={latencies.DefaultIfEmpty(0).Max():F1} errors={all.Count - registered}");
    }

    private static async Task LoopAsync(BuyerClient client, Guid ticketType, int buyers, TimeSpan duration, List<Outcome>[] results)
    {
        var until = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, buyers).Select(async worker =>
        {
            var n = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                Outcome outcome;
                try
                {
                    outcome = await client.RegisterAsync(ticketType, worker * 1_000_000 + n++);
                }
                catch (HttpRequestException e)
                {
                    outcome = new Outcome(599, 0, TimeSpan.Zero, e.Message, 0);
                }

                if (results.Length > 0) results[worker].Add(outcome);
            }
        }));
    }
}
