using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace EventPlatform.TestBase.PaymentStandIns;

/// <summary>
/// A local stand-in for PayPal's REST API on 127.0.0.1 (WireMock.Net): OAuth client credentials, Orders v2 (create,
/// get, capture), capture refunds, <c>PayPal-Request-Id</c> idempotency and verify-webhook-signature. Webhooks are
/// signed as PayPal signs them: RSA-SHA256 over <c>transmission id|time|webhook id|CRC32 of the body</c>, and the
/// verify call really checks that signature against the body it is given.
/// </summary>
public sealed class PayPalStandIn : IDisposable
{
    public const string ClientId = "paypal-client-standin";
    public const string ClientSecret = "paypal-secret-standin";
    public const string WebhookId = "WH-STANDIN-0001";

    private readonly WireMockServer _server;
    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, JsonObject> _orders = new();
    private readonly ConcurrentDictionary<string, string> _byRequestId = new();
    private readonly ConcurrentDictionary<string, byte> _tokens = new();
    private readonly ConcurrentDictionary<string, byte> _declined = new();
    private readonly ConcurrentDictionary<string, decimal> _refunded = new();
    private readonly ConcurrentDictionary<string, JsonObject> _refunds = new();
    private readonly ConcurrentQueue<(string Method, string Path, string? RequestId)> _calls = new();
    private int _sequence;

    public PayPalStandIn()
    {
        _server = WireMockServer.Start(new WireMock.Settings.WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        _server.Given(Request.Create().UsingAnyMethod().WithPath(new WireMock.Matchers.RegexMatcher(".*")))
            .RespondWith(Response.Create().WithCallback(Handle));
    }

    public string Url => _server.Urls[0];

    public string CertUrl => Url + "/v1/notifications/certs/CERT-STANDIN";

    public IReadOnlyCollection<(string Method, string Path, string? RequestId)> Calls => _calls.ToArray();

    public JsonObject Order(string id) => _orders[id];

    /// <summary>The buyer approves the order at PayPal; the money is taken when the site captures it.</summary>
    public void Approve(string orderId)
    {
        var order = _orders[orderId];
        lock (order) order["status"] = "APPROVED";
    }

    /// <summary>The buyer approves, but the capture will be declined (the card behind the PayPal account fails).</summary>
    public void ApproveAndDecline(string orderId)
    {
        Approve(orderId);
        _declined[orderId] = 0;
    }

    /// <summary>A webhook body and its headers, signed at <paramref name="sentAt"/> for <paramref name="webhookId"/>.</summary>
    public (string Body, Dictionary<string, string> Headers) SignedEvent(string type, JsonNode resource, DateTimeOffset sentAt, string webhookId = WebhookId)
    {
        var body = new JsonObject
        {
            ["id"] = "WH-" + Next(),
            ["event_version"] = "1.0",
            ["create_time"] = sentAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["resource_type"] = type.StartsWith("PAYMENT.CAPTURE", StringComparison.Ordinal) ? "capture" : "checkout-order",
            ["event_type"] = type,
            ["summary"] = type,
            ["resource"] = resource.DeepClone(),
        }.ToJsonString();
        var transmissionId = Guid.NewGuid().ToString();
        var time = sentAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var signature = Convert.ToBase64String(_key.SignData(Encoding.UTF8.GetBytes(Signed(transmissionId, time, webhookId, body)),
            HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        return (body, new Dictionary<string, string>
        {
            ["PAYPAL-TRANSMISSION-ID"] = transmissionId,
            ["PAYPAL-TRANSMISSION-TIME"] = time,
            ["PAYPAL-TRANSMISSION-SIG"] = signature,
            ["PAYPAL-CERT-URL"] = CertUrl,
            ["PAYPAL-AUTH-ALGO"] = "SHA256withRSA",
        });
    }

    /// <summary>The capture of an order, as PayPal's PAYMENT.CAPTURE.* webhooks carry it.</summary>
    public JsonObject CaptureResource(string orderId)
    {
        var order = _orders[orderId];
        var capture = (JsonObject)order["purchase_units"]![0]!["payments"]!["captures"]![0]!.DeepClone();
        capture["custom_id"] = (string?)order["purchase_units"]![0]!["custom_id"];
        capture["supplementary_data"] = new JsonObject { ["related_ids"] = new JsonObject { ["order_id"] = orderId } };
        return capture;
    }

    /// <summary>
    /// A refund made by hand in PayPal's dashboard: recorded against the order's capture and returned as the
    /// PAYMENT.CAPTURE.REFUNDED webhook carries it.
    /// </summary>
    public JsonObject RefundInDashboard(string orderId, decimal amount)
    {
        var capture = _orders[orderId]["purchase_units"]![0]!["payments"]!["captures"]![0]!;
        return Refund((string)capture["id"]!, amount, (string)capture["amount"]!["currency_code"]!);
    }

    /// <summary>A refund made through the API, as its PAYMENT.CAPTURE.REFUNDED webhook carries it.</summary>
    public JsonObject RefundResource(string refundId) => (JsonObject)_refunds[refundId].DeepClone();

    /// <summary>A refund resource (as the refund call answers and the PAYMENT.CAPTURE.REFUNDED webhook carries): its amount,
    /// the capture's total refunded so far, and the "up" link to the capture.</summary>
    private JsonObject Refund(string captureId, decimal amount, string currency)
    {
        var total = _refunded.AddOrUpdate(captureId, amount, (_, sum) => sum + amount);
        static JsonObject Money(decimal value, string currency) =>
            new() { ["currency_code"] = currency, ["value"] = value.ToString("0.00", CultureInfo.InvariantCulture) };
        var refund = new JsonObject
        {
            ["id"] = "REF" + Next()[..14],
            ["status"] = "COMPLETED",
            ["amount"] = Money(amount, currency),
            ["seller_payable_breakdown"] = new JsonObject { ["total_refunded_amount"] = Money(total, currency) },
            ["links"] = new JsonArray(new JsonObject { ["rel"] = "up", ["method"] = "GET", ["href"] = $"{Url}/v2/payments/captures/{captureId}" }),
        };
        _refunds[(string)refund["id"]!] = refund;
        return refund;
    }

    private (int, string) RefundCapture(string captureId, string? body)
    {
        var capture = _orders.Values.Select(o => o["purchase_units"]?[0]?["payments"]?["captures"]?[0]).FirstOrDefault(c => (string?)c?["id"] == captureId);
        if (capture is null) return (404, Error("RESOURCE_NOT_FOUND"));
        var asked = body is { Length: > 0 } ? JsonNode.Parse(body)?["amount"]?["value"] : null;
        var amount = decimal.Parse((string?)asked ?? (string)capture["amount"]!["value"]!, CultureInfo.InvariantCulture);
        return (201, Refund(captureId, amount, (string)capture["amount"]!["currency_code"]!).ToJsonString());
    }

    private static string Signed(string transmissionId, string time, string webhookId, string body) =>
        $"{transmissionId}|{time}|{webhookId}|{Crc32(Encoding.UTF8.GetBytes(body)).ToString(CultureInfo.InvariantCulture)}";

    private IResponseMessage Handle(IRequestMessage request)
    {
        string? Header(string name) => request.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        var requestId = Header("PayPal-Request-Id");
        _calls.Enqueue((request.Method, request.Path, requestId));
        var path = request.Path;
        if (path == "/v1/oauth2/token") return Token(Header("Authorization"));
        if (Header("Authorization") is not { } bearer || !bearer.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.ContainsKey(bearer[7..]))
        {
            return Json(401, """{"error":"invalid_token","error_description":"Token signature verification failed"}""");
        }

        if (requestId is not null && _byRequestId.TryGetValue(request.Method + path + requestId, out var repeated)) return Json(200, repeated);
        var (status, answer) = (request.Method, path) switch
        {
            ("POST", "/v2/checkout/orders") => (201, Create(JsonNode.Parse(request.Body!)!)),
            ("GET", _) when path.StartsWith("/v2/checkout/orders/", StringComparison.Ordinal) =>
                _orders.TryGetValue(path["/v2/checkout/orders/".Length..], out var o) ? (200, o.ToJsonString()) : (404, Error("RESOURCE_NOT_FOUND")),
            ("POST", _) when path.StartsWith("/v2/checkout/orders/", StringComparison.Ordinal) && path.EndsWith("/capture", StringComparison.Ordinal) =>
                Capture(path["/v2/checkout/orders/".Length..^"/capture".Length]),
            ("POST", _) when path.StartsWith("/v2/payments/captures/", StringComparison.Ordinal) && path.EndsWith("/refund", StringComparison.Ordinal) =>
                RefundCapture(path["/v2/payments/captures/".Length..^"/refund".Length], request.Body),
            ("POST", "/v1/notifications/verify-webhook-signature") => (200, Verify(request.Body!)),
            _ => (404, Error("RESOURCE_NOT_FOUND")),
        };
        if (requestId is not null && status is >= 200 and < 300) _byRequestId.TryAdd(request.Method + path + requestId, answer);
        return Json(status, answer);
    }

    private ResponseMessage Token(string? authorization)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:{ClientSecret}"));
        if (authorization != expected) return Json(401, """{"error":"invalid_client","error_description":"Client Authentication failed"}""");
        var token = "A21AA" + Next();
        _tokens[token] = 0;
        return Json(200, new JsonObject { ["scope"] = "https://uri.paypal.com/services/payments", ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = 32400 }.ToJsonString());
    }

    private string Create(JsonNode body)
    {
        var id = Next().ToUpperInvariant()[..17];
        var unit = body["purchase_units"]![0]!;
        var order = new JsonObject
        {
            ["id"] = id,
            ["intent"] = "CAPTURE",
            ["status"] = "PAYER_ACTION_REQUIRED",
            ["purchase_units"] = new JsonArray(new JsonObject
            {
                ["reference_id"] = (string?)unit["reference_id"],
                ["custom_id"] = (string?)unit["custom_id"],
                ["invoice_id"] = (string?)unit["invoice_id"],
                ["amount"] = unit["amount"]!.DeepClone(),
            }),
            ["links"] = new JsonArray(
                new JsonObject { ["href"] = $"{Url}/v2/checkout/orders/{id}", ["rel"] = "self", ["method"] = "GET" },
                new JsonObject { ["href"] = $"{Url}/checkoutnow?token={id}", ["rel"] = "payer-action", ["method"] = "GET" }),
            ["return_url"] = (string?)body["payment_source"]?["paypal"]?["experience_context"]?["return_url"],
        };
        _orders[id] = order;
        return order.ToJsonString();
    }

    private (int, string) Capture(string id)
    {
        if (!_orders.TryGetValue(id, out var order)) return (404, Error("RESOURCE_NOT_FOUND"));
        lock (order)
        {
            var status = (string?)order["status"];
            if (status == "COMPLETED") return (422, Error("ORDER_ALREADY_CAPTURED"));
            if (status != "APPROVED") return (422, Error("ORDER_NOT_APPROVED"));
            if (_declined.ContainsKey(id)) return (422, Error("INSTRUMENT_DECLINED"));
            var unit = order["purchase_units"]![0]!;
            unit["payments"] = new JsonObject
            {
                ["captures"] = new JsonArray(new JsonObject { ["id"] = "CAP" + Next()[..14], ["status"] = "COMPLETED", ["amount"] = unit["amount"]!.DeepClone() }),
            };
            order["status"] = "COMPLETED";
            return (201, order.ToJsonString());
        }
    }

    private string Verify(string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        string Text(string name) => root.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";
        var eventText = root.GetProperty("webhook_event").GetRawText();
        bool valid;
        try
        {
            valid = Text("cert_url") == CertUrl && Text("auth_algo") == "SHA256withRSA"
                && _key.VerifyData(Encoding.UTF8.GetBytes(Signed(Text("transmission_id"), Text("transmission_time"), Text("webhook_id"), eventText)),
                    Convert.FromBase64String(Text("transmission_sig")), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (FormatException)
        {
            valid = false;
        }

        return new JsonObject { ["verification_status"] = valid ? "SUCCESS" : "FAILURE" }.ToJsonString();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var i = 0; i < 8; i++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }

        return ~crc;
    }

    private static string Error(string issue) =>
        new JsonObject { ["name"] = "UNPROCESSABLE_ENTITY", ["details"] = new JsonArray(new JsonObject { ["issue"] = issue }), ["message"] = issue }.ToJsonString();

    private string Next() => Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..14];

    private static ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json"), ["Paypal-Debug-Id"] = new("standin") },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String },
    };

    public void Dispose()
    {
        _server.Stop();
        _key.Dispose();
    }
}
