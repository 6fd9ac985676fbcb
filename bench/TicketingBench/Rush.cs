using System.Diagnostics;
using System.Globalization;

/// <summary>
/// The on-sale rush: every buyer waits at one gate, which opens for all at once; each then reserves one ticket of its
/// ticket type (types taken in turn) and confirms it. Connections are opened beforehand, so the requests go out together.
/// </summary>
internal static class Rush
{
    private const int MaxConnections = 1000;

    public static async Task<string> RunAsync(string target, string organization, string slug, int buyers, Guid[] ticketTypes)
    {
        var connections = Math.Min(buyers, MaxConnections);
        using var http = BuyerClient.Create(target, connections);
        var client = new BuyerClient(http, organization, slug);
        await client.WarmUpAsync(connections);

        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, buyers).Select(async i =>
        {
            await gate.Task;
            try
            {
                return await client.RegisterAsync(ticketTypes[i % ticketTypes.Length], i);
            }
            catch (HttpRequestException e)
            {
                // A refused or dropped connection is the server failing, counted with the 5xx.
                return new Outcome(599, 0, TimeSpan.Zero, e.Message, Stopwatch.GetTimestamp());
            }
        }).ToList();
        var clock = Stopwatch.StartNew();
        gate.SetResult();
        var outcomes = await Task.WhenAll(tasks);
        clock.Stop();

        var sent = outcomes.Where(o => o.SentAt != 0).Select(o => o.SentAt).ToList();
        var spread = sent.Count == 0 ? 0 : Stopwatch.GetElapsedTime(sent.Min(), sent.Max()).TotalMilliseconds;
        foreach (var group in outcomes.Where(o => !o.Registered).GroupBy(o => $"reserve={o.Reserve} confirm={o.Confirm} {o.Error}").OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"    {group.Count()} x {group.Key}");
        }

        var latencies = outcomes.Select(o => o.Elapsed.TotalMilliseconds).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"attempts={buyers} confirmed={outcomes.Count(o => o.Registered)} sold_out={outcomes.Count(o => o.Reserve == 409 && o.Error == "Ticketing:SoldOut")} " +
            $"other_refusals={outcomes.Count(o => !o.Registered && !o.ServerError && !(o.Reserve == 409 && o.Error == "Ticketing:SoldOut"))} " +
            $"http5xx={outcomes.Count(o => o.ServerError)} connections={connections} send_spread_ms={spread:F0} elapsed_ms={clock.Elapsed.TotalMilliseconds:F0} " +
            $"p99_ms={Percentiles.Of(latencies, 99):F0}");
    }
}
