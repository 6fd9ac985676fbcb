using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Web;
using Stripe;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.RequestBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace EventPlatform.TestBase.PaymentStandIns;

/// <summary>
/// A local stand-in for Stripe's API on 127.0.0.1 (WireMock.Net), speaking the shapes Stripe.net sends and reads:
/// checkout sessions (create, retrieve, expire), refunds, and idempotency keys (a repeated key answers the first
/// response). Tests play the buyer (<see cref="Pay"/>) and Stripe's webhooks (<see cref="SignedEvent"/>, signed as
/// Stripe signs them). <see cref="FailNext"/> makes the next calls answer 500.
/// </summary>
public sealed class StripeStandIn : IDisposable
{
    public const string SecretKey = "sk_test_standin";
    public const string WebhookSecret = "whsec_standin_secret";

    private readonly WireMockServer _server;
    private readonly ConcurrentDictionary<string, JsonObject> _sessions = new();
    private readonly ConcurrentDictionary<string, string> _byIdempotencyKey = new();
    private readonly ConcurrentQueue<(string Method, string Path, string? Key)> _calls = new();
    private int _failNext;
    private int _sequence;

    /// <param name="port">0: any free port.</param>
    public StripeStandIn(int port = 0)
    {
        _server = WireMockServer.Start(new WireMock.Settings.WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
        _server.Given(Request.Create().UsingAnyMethod().WithPath(new WireMock.Matchers.RegexMatcher(".*")))
            .RespondWith(Response.Create().WithCallback(HandleAsync));
    }

    public string Url => _server.Urls[0];

    public IReadOnlyCollection<(string Method, string Path, string? Key)> Calls => _calls.ToArray();

    public IReadOnlyCollection<JsonObject> Sessions => _sessions.Values.ToArray();

    public void FailNext(int calls) => Interlocked.Exchange(ref _failNext, calls);

    /// <summary>Share of API calls answered 500 without acting (a failing provider).</summary>
    public double FailureRate { get; set; }

    /// <summary>Share of API calls that act but answer only after <see cref="SlowDelay"/> (a lost answer, once the caller gave up).</summary>
    public double SlowRate { get; set; }

    public TimeSpan SlowDelay { get; set; } = TimeSpan.FromSeconds(2);

    public JsonObject Session(string id) => _sessions[id];

    /// <summary>The buyer pays on Stripe's page: the session completes and a payment intent exists.</summary>
    public JsonObject Pay(string sessionId)
    {
        var session = _sessions[sessionId];
        lock (session)
        {
            session["status"] = "complete";
            session["payment_status"] = "paid";
            session["payment_intent"] ??= "pi_" + Next();
        }

        return session;
    }

    /// <summary>
    /// The card asks for 3-D Secure: the buyer is in the bank's challenge on Stripe's page, the session stays open and its
    /// payment intent waits (<c>requires_action</c>) until <see cref="Pay"/>.
    /// </summary>
    public JsonObject RequireAction(string sessionId)
    {
        var session = _sessions[sessionId];
        lock (session) session["payment_intent"] ??= "pi_" + Next();
        return session;
    }

    /// <summary>A delayed payment method (a bank debit) was submitted: the session is complete but not paid until the bank answers.</summary>
    public JsonObject SubmitDelayed(string sessionId)
    {
        var session = _sessions[sessionId];
        lock (session)
        {
            session["status"] = "complete";
            session["payment_status"] = "unpaid";
            session["payment_intent"] ??= "pi_" + Next();
        }

        return session;
    }

    /// <summary>A webhook body about <paramref name="data"/> and its <c>Stripe-Signature</c> header, signed at <paramref name="signedAt"/>.</summary>
    public static (string Body, string Signature) SignedEvent(string type, JsonObject data, DateTimeOffset signedAt, string secret = WebhookSecret, string? eventId = null)
    {
        var body = new JsonObject
        {
            ["id"] = eventId ?? "evt_" + Guid.NewGuid().ToString("N")[..20],
            ["object"] = "event",
            ["api_version"] = StripeConfiguration.ApiVersion,
            ["created"] = signedAt.ToUnixTimeSeconds(),
            ["livemode"] = false,
            ["pending_webhooks"] = 1,
            ["type"] = type,
            ["data"] = new JsonObject { ["object"] = data.DeepClone() },
        }.ToJsonString();
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (body, $"t={timestamp},v1={EventUtility.ComputeSignature(secret, timestamp, body)}");
    }

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var key = request.Headers?.TryGetValue("Idempotency-Key", out var keys) == true ? keys.FirstOrDefault() : null;
        _calls.Enqueue((request.Method, request.Path, key));
        if (request.Path.StartsWith("/pay/", StringComparison.Ordinal)) return HostedCheckout(request.Method, request.Path["/pay/".Length..]);
        if (Interlocked.Decrement(ref _failNext) >= 0) return Error(500, "api_error", "stand-in failure");
        var roll = Random.Shared.NextDouble();
        if (roll < FailureRate) return Error(500, "api_error", "stand-in failure");
        // Waits without holding a thread: the stand-in shares its process (and thread pool) with benchmark clients.
        if (roll < FailureRate + SlowRate) await Task.Delay(SlowDelay);
        Interlocked.Exchange(ref _failNext, Math.Max(0, Volatile.Read(ref _failNext)));
        if (key is not null && _byIdempotencyKey.TryGetValue(request.Method + key, out var repeated)) return Json(200, repeated);
        var form = HttpUtility.ParseQueryString(request.Body ?? "");
        var path = request.Path;
        string? answer = (request.Method, path) switch
        {
            ("POST", "/v1/checkout/sessions") => CreateSession(form).ToJsonString(),
            ("GET", _) when path.StartsWith("/v1/checkout/sessions/", StringComparison.Ordinal) =>
                _sessions.TryGetValue(path["/v1/checkout/sessions/".Length..], out var s) ? s.ToJsonString() : null,
            ("POST", _) when path.StartsWith("/v1/checkout/sessions/", StringComparison.Ordinal) && path.EndsWith("/expire", StringComparison.Ordinal) =>
                Expire(path["/v1/checkout/sessions/".Length..^"/expire".Length]),
            ("POST", "/v1/refunds") => Refund(form),
            _ => null,
        };
        if (answer is null) return Error(404, "invalid_request_error", "No such resource: " + path);
        if (answer.StartsWith("!", StringComparison.Ordinal)) return Error(400, "invalid_request_error", answer[1..]);
        if (key is not null) _byIdempotencyKey.TryAdd(request.Method + key, answer);
        return Json(200, answer);
    }

    /// <summary>
    /// Stripe's hosted checkout, reduced to two buttons: "Pay" completes the session and sends the browser to its
    /// success URL, "Back" to its cancel URL. Browser tests drive it like a buyer would.
    /// </summary>
    private IResponseMessage HostedCheckout(string method, string id)
    {
        if (!_sessions.TryGetValue(id, out var session)) return Error(404, "invalid_request_error", "No such checkout.session");
        if (method == "POST")
        {
            Pay(id);
            return new ResponseMessage { StatusCode = 303, Headers = new Dictionary<string, WireMockList<string>> { ["Location"] = new((string)session["success_url"]!) } };
        }

        var amount = ((long)session["amount_total"]! / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var currency = ((string?)session["currency"])?.ToUpperInvariant();
        var cancel = HttpUtility.HtmlAttributeEncode((string?)session["cancel_url"]);
        var html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Stripe stand-in checkout</title>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><main>"
            + $"<h1>Pay {amount} {currency}</h1><form method=\"post\" action=\"/pay/{id}\"><button type=\"submit\">Pay</button></form>"
            + $"<p><a href=\"{cancel}\">Back</a></p></main></body></html>";
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("text/html; charset=utf-8") },
            BodyData = new BodyData { BodyAsString = html, DetectedBodyType = BodyType.String },
        };
    }

    private JsonObject CreateSession(System.Collections.Specialized.NameValueCollection form)
    {
        var id = "cs_test_" + Next();
        var session = new JsonObject
        {
            ["id"] = id,
            ["object"] = "checkout.session",
            ["mode"] = "payment",
            ["status"] = "open",
            ["payment_status"] = "unpaid",
            ["url"] = $"{Url}/pay/{id}",
            ["success_url"] = form["success_url"],
            ["cancel_url"] = form["cancel_url"],
            ["client_reference_id"] = form["client_reference_id"],
            ["customer_email"] = form["customer_email"],
            ["currency"] = form["line_items[0][price_data][currency]"],
            ["amount_total"] = long.Parse(form["line_items[0][price_data][unit_amount]"] ?? "0", CultureInfo.InvariantCulture),
            ["expires_at"] = long.Parse(form["expires_at"] ?? "0", CultureInfo.InvariantCulture),
            ["livemode"] = false,
            ["payment_intent"] = null,
            ["metadata"] = new JsonObject { ["payment_id"] = form["metadata[payment_id]"], ["order_number"] = form["metadata[order_number]"] },
        };
        _sessions[id] = session;
        return session;
    }

    private string Expire(string id)
    {
        if (!_sessions.TryGetValue(id, out var session)) return "!No such checkout.session";
        lock (session)
        {
            if ((string?)session["status"] != "open") return "!Only open sessions can be expired.";
            session["status"] = "expired";
            return session.ToJsonString();
        }
    }

    private string Refund(System.Collections.Specialized.NameValueCollection form) => new JsonObject
    {
        ["id"] = "re_" + Next(),
        ["object"] = "refund",
        ["amount"] = long.Parse(form["amount"] ?? "0", CultureInfo.InvariantCulture),
        ["payment_intent"] = form["payment_intent"],
        ["status"] = "succeeded",
        ["currency"] = "eur",
    }.ToJsonString();

    private string Next() => Interlocked.Increment(ref _sequence).ToString("D8", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..8];

    private static ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json"), ["Request-Id"] = new("req_standin") },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
    };

    private static ResponseMessage Error(int status, string type, string message) =>
        Json(status, JsonSerializer.Serialize(new { error = new { type, message } }));

    public void Dispose() => _server.Stop();
}
