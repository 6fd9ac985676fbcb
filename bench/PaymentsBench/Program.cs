using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EventPlatform.TestBase.PaymentStandIns;

// Usage: PaymentsBench <base-url or unix:/path.sock> <organization> <event-slug> <ticket-type-id> <stand-in-port> <orders> <buyers>
// Plays a faulty Stripe (FAILURE_RATE of its API calls answer 500, SLOW_RATE act but answer too late) and the buyers: each
// reserves a paid ticket, confirms it for Stripe, opens the payment page until it is sent to Stripe (retrying like a person
// would), pays there, comes back (half of them) and Stripe's webhook is delivered (retried until acknowledged). One in ten
// webhooks is delivered a second time, all of those at the end and in reverse order.
// Last line: orders=… webhook_ack_p50_ms=… webhook_ack_p99_ms=… pay_page_retries=… buyer_errors=…
var target = args[0];
var organization = args[1];
var slug = args[2];
var ticketType = Guid.Parse(args[3]);
var port = int.Parse(args[4], CultureInfo.InvariantCulture);
var orders = int.Parse(args[5], CultureInfo.InvariantCulture);
var buyers = int.Parse(args[6], CultureInfo.InvariantCulture);
var failureRate = double.Parse(Environment.GetEnvironmentVariable("EP_BENCH_PSP_FAILURE_RATE") ?? "0.1", CultureInfo.InvariantCulture);
var slowRate = double.Parse(Environment.GetEnvironmentVariable("EP_BENCH_PSP_SLOW_RATE") ?? "0.1", CultureInfo.InvariantCulture);

// Buyers, the stand-in and the timing all share this process's thread pool: start it wide enough that no continuation waits.
ThreadPool.SetMinThreads(Math.Max(64, buyers * 4), Math.Max(64, buyers * 4));
using var stripe = new StripeStandIn(port) { FailureRate = failureRate, SlowRate = slowRate, SlowDelay = TimeSpan.FromSeconds(2) };
using var http = BenchHttp.Client(target, new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }, TimeSpan.FromSeconds(60));
var acks = new ConcurrentBag<double>();
var repeats = new ConcurrentBag<(int Order, string Body, string Signature)>();
var payPageRetries = 0;
var errors = 0;

await Parallel.ForAsync(0, orders, new ParallelOptions { MaxDegreeOfParallelism = buyers }, async (i, cancellationToken) =>
{
    try
    {
        await BuyAsync(i);
    }
    catch (Exception e)
    {
        Interlocked.Increment(ref errors);
        Console.Error.WriteLine($"buyer {i}: {e.Message}");
    }
});

// The repeated deliveries, late and in reverse order, after the first ones (and the organization's reconciliation) acted.
foreach (var (_, body, signature) in repeats.OrderByDescending(r => r.Order)) await DeliverAsync(body, signature);

Console.WriteLine(FormattableString.Invariant(
    $"orders={orders} webhook_ack_p50_ms={Percentiles.Of([.. acks], 50):0.0} webhook_ack_p99_ms={Percentiles.Of([.. acks], 99):0.0} pay_page_retries={payPageRetries} buyer_errors={errors}"));

async Task BuyAsync(int i)
{
    var reservation = await ReadAsync(await http.PostAsJsonAsync($"api/ticketing/public/{organization}/events/{slug}/reservations",
        new { lines = new[] { new { ticketTypeId = ticketType, quantity = 1 } } }));
    var confirm = new
    {
        token = reservation.GetProperty("token").GetString(),
        buyer = new { name = $"Buyer {i}", email = $"buyer{i}@example.com" },
        attendees = new[] { new { ticketTypeId = ticketType, name = $"Buyer {i}", email = $"buyer{i}@example.com" } },
        paymentMethod = "stripe",
    };
    var order = await ReadAsync(await http.PostAsJsonAsync($"api/ticketing/public/{organization}/reservations/{reservation.GetProperty("id").GetGuid()}/confirm", confirm));
    var payPath = $"/o/{organization}/pay/{order.GetProperty("id").GetGuid()}?t={Uri.EscapeDataString(order.GetProperty("accessToken").GetString()!)}";

    string? session = null;
    for (var attempt = 0; session is null; attempt++)
    {
        using var response = await http.GetAsync(payPath);
        if (response.StatusCode == HttpStatusCode.Redirect) session = response.Headers.Location!.OriginalString.Split('/')[^1];
        else if (attempt >= 30) throw new InvalidOperationException($"the payment page answered {(int)response.StatusCode} {attempt} times");
        else
        {
            Interlocked.Increment(ref payPageRetries);
            await Task.Delay(200);
        }
    }

    var paid = stripe.Pay(session);
    if (i % 2 == 0)
    {
        using var back = await http.GetAsync(new Uri((string)paid["success_url"]!).PathAndQuery);
    }

    var (body, signature) = StripeStandIn.SignedEvent("checkout.session.completed", paid, DateTimeOffset.UtcNow);
    await DeliverAsync(body, signature);
    if (i % 10 == 0) repeats.Add((i, body, signature));
}

async Task DeliverAsync(string body, string signature)
{
    for (var attempt = 0; ; attempt++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/payments/webhooks/stripe/{organization}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        acks.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (response.IsSuccessStatusCode) return;
        // Stripe retries a delivery that was not acknowledged; so does this.
        if (attempt >= 10) throw new InvalidOperationException($"the webhook was refused with {(int)response.StatusCode}");
        await Task.Delay(100);
    }
}

static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
{
    using (response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
