using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

/// <summary>One buyer's HTTP calls: reserve one ticket, then confirm it with buyer and attendee details.</summary>
internal sealed class BuyerClient(HttpClient http, string organization, string slug)
{
    private static readonly SemaphoreSlim Connecting = new(32);

    public static HttpClient Create(string target, int connections)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        };
        var baseAddress = new Uri(target);
        if (target.StartsWith("unix:", StringComparison.Ordinal))
        {
            var path = target["unix:".Length..];
            handler.ConnectCallback = (_, cancellationToken) => ConnectUnixAsync(path, cancellationToken);
            baseAddress = new Uri("http://localhost");
        }

        // No client timeout: in a rush of thousands the last requests wait long for a connection; the figures show how long.
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>
    /// A unix socket refuses connections at once (EAGAIN) while its listen backlog is full, where TCP would retry; so
    /// connections are opened a few at a time, and a full backlog is still retried for a while.
    /// </summary>
    private static async ValueTask<Stream> ConnectUnixAsync(string path, CancellationToken cancellationToken)
    {
        await Connecting.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                try
                {
                    await socket.ConnectAsync(new UnixDomainSocketEndPoint(path), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch (SocketException e) when (e.SocketErrorCode is SocketError.WouldBlock or SocketError.TryAgain && attempt < 1000)
                {
                    socket.Dispose();
                    await Task.Delay(10, cancellationToken);
                }
            }
        }
        finally
        {
            Connecting.Release();
        }
    }

    /// <summary>Reads the offer (takes no seats): warms up the host, its connection pool and PostgreSQL.</summary>
    public Task<HttpResponseMessage> LookAsync() => http.GetAsync($"api/ticketing/public/{organization}/events/{slug}/tickets");

    /// <summary>A request that touches no database: opens HTTP connections without loading the server.</summary>
    public Task<HttpResponseMessage> PingAsync() => http.GetAsync("health/live");

    /// <summary>
    /// Warms up in steps, so that neither the host's database pool nor the HTTP connections are opened in one cold burst
    /// (on a busy 2-core machine a thousand cold requests at once time out before the first connection is ready), then
    /// opens <paramref name="connections"/> HTTP connections at once with requests that need no database.
    /// </summary>
    public async Task WarmUpAsync(int connections)
    {
        foreach (var parallel in new[] { 1, 4, 16, 64 })
        {
            await EnsureOkAsync(Enumerable.Range(0, parallel * 4).Select(_ => LookAsync()), parallel);
        }

        await EnsureOkAsync(Enumerable.Range(0, connections).Select(_ => PingAsync()), connections);
    }

    private static async Task EnsureOkAsync(IEnumerable<Task<HttpResponseMessage>> requests, int parallel)
    {
        foreach (var batch in requests.Chunk(parallel))
        {
            foreach (var response in await Task.WhenAll(batch))
            {
                using (response)
                {
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"warm-up answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    }
                }
            }
        }
    }

    public async Task<Outcome> RegisterAsync(Guid ticketTypeId, int buyer)
    {
        var clock = Stopwatch.StartNew();
        var body = new StampedJsonContent(new
        {
            lines = new[] { new { ticketTypeId, quantity = 1 } },
            code = (string?)null,
            idempotencyKey = Guid.NewGuid().ToString("N"),
        });
        var reserve = await http.PostAsync($"api/ticketing/public/{organization}/events/{slug}/reservations", body);
        var reserveBody = await reserve.Content.ReadAsStringAsync();
        if (reserve.StatusCode != HttpStatusCode.OK)
        {
            return new Outcome((int)reserve.StatusCode, 0, clock.Elapsed, Problem(reserveBody), body.SentAt);
        }

        using var reservation = JsonDocument.Parse(reserveBody);
        var id = reservation.RootElement.GetProperty("id").GetGuid();
        var token = reservation.RootElement.GetProperty("token").GetString();
        var name = $"Buyer {buyer}";
        var email = $"buyer{buyer}.{Guid.NewGuid():N}@bench.example.test";
        var confirm = await http.PostAsJsonAsync($"api/ticketing/public/{organization}/reservations/{id}/confirm", new
        {
            token,
            buyer = new { name, email },
            attendees = new[] { new { ticketTypeId, name, email } },
        });
        var confirmBody = await confirm.Content.ReadAsStringAsync();
        return new Outcome(200, (int)confirm.StatusCode, clock.Elapsed, confirm.StatusCode == HttpStatusCode.OK ? null : Problem(confirmBody), body.SentAt);
    }

    private static string Problem(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("code", out var code) ? code.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }
}

/// <param name="Reserve">HTTP status of the reservation.</param>
/// <param name="Confirm">HTTP status of the confirmation; 0 when the reservation was refused.</param>
/// <param name="Error">The ProblemDetails code (or body) of a refusal.</param>
/// <param name="SentAt">When the reservation request went out (<see cref="Stopwatch.GetTimestamp"/>).</param>
internal sealed record Outcome(int Reserve, int Confirm, TimeSpan Elapsed, string? Error, long SentAt)
{
    public bool Registered => Reserve == 200 && Confirm == 200;

    public bool ServerError => Reserve >= 500 || Confirm >= 500;
}
