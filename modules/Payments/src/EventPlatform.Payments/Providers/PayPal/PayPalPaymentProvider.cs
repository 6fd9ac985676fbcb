using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using EventPlatform.Platform.Currencies;

namespace EventPlatform.Payments.Providers.PayPal;

/// <summary>
/// PayPal Orders v2 over <see cref="HttpClient"/> (no SDK is available here): create an order, send the buyer to approve
/// it, capture it (money is only taken by our capture, so an approval that comes too late is simply not captured),
/// refund captures. Every changing call carries <c>PayPal-Request-Id</c> (PayPal's idempotency key). Webhooks are checked
/// with PayPal's verify-webhook-signature call and refused when their transmission is older than the tolerance.
/// </summary>
public sealed class PayPalPaymentProvider(IHttpClientFactory httpClients, PayPalTokens tokens, IOptions<PaymentsOptions> options, TimeProvider clock)
    : IPaymentProvider
{
    public const string HttpClientName = "paypal";

    public string Name => PaymentProviderNames.PayPal;

    public async Task<ProviderPayment> CreateAsync(ProviderCredentials credentials, ProviderPaymentRequest request, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["intent"] = "CAPTURE",
            ["purchase_units"] = new JsonArray(new JsonObject
            {
                ["reference_id"] = request.PaymentId.ToString(),
                ["custom_id"] = request.PaymentId.ToString(),
                ["invoice_id"] = request.OrderNumber + "-" + request.PaymentId.ToString("N")[..8],
                ["description"] = request.Description,
                ["amount"] = Amount(request.Amount, request.Currency),
            }),
            ["payment_source"] = new JsonObject
            {
                ["paypal"] = new JsonObject
                {
                    ["experience_context"] = new JsonObject
                    {
                        ["return_url"] = request.ReturnUrl,
                        ["cancel_url"] = request.CancelUrl,
                        ["user_action"] = "PAY_NOW",
                        ["shipping_preference"] = "NO_SHIPPING",
                    },
                },
            },
        };
        var order = await SendAsync(credentials, HttpMethod.Post, "/v2/checkout/orders", body, request.IdempotencyKey, cancellationToken);
        return ToPayment(order!);
    }

    public async Task<ProviderPayment> ConfirmAsync(ProviderCredentials credentials, ProviderPaymentReference payment, CancellationToken cancellationToken)
    {
        var order = await SendAsync(credentials, HttpMethod.Get, $"/v2/checkout/orders/{Uri.EscapeDataString(payment.Reference)}", null, null, cancellationToken);
        if ((string?)order!["status"] != "APPROVED") return ToPayment(order);
        try
        {
            var captured = await SendAsync(credentials, HttpMethod.Post, $"/v2/checkout/orders/{Uri.EscapeDataString(payment.Reference)}/capture",
                new JsonObject(), payment.IdempotencyKey + ":capture", cancellationToken);
            return ToPayment(captured!);
        }
        catch (PayPalException e) when (e.Status == HttpStatusCode.UnprocessableEntity)
        {
            // INSTRUMENT_DECLINED and the like: the buyer may pick another way to pay at PayPal; nothing was taken.
            return new ProviderPayment(payment.Reference, ProviderPaymentStatus.Pending, Link(order, "payer-action") ?? Link(order, "approve"),
                FailureReason: e.Issue);
        }
    }

    public async Task<ProviderRefund> RefundAsync(ProviderCredentials credentials, ProviderRefundRequest request, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["amount"] = Amount(request.Amount, request.Currency) };
        if (request.Reason is { } reason) body["note_to_payer"] = reason.Length > 255 ? reason[..255] : reason;
        var refund = await SendAsync(credentials, HttpMethod.Post, $"/v2/payments/captures/{Uri.EscapeDataString(request.CaptureReference)}/refund",
            body, request.IdempotencyKey, cancellationToken);
        return new ProviderRefund((string)refund!["id"]!, (string?)refund["status"] switch
        {
            "COMPLETED" => ProviderRefundStatus.Succeeded,
            "FAILED" or "CANCELLED" => ProviderRefundStatus.Failed,
            _ => ProviderRefundStatus.Pending,
        });
    }

    /// <summary>Nothing to do at PayPal: an order is paid only when we capture it, and a closed payment is never captured.</summary>
    public Task VoidAsync(ProviderCredentials credentials, ProviderPaymentReference payment, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<ProviderWebhook?> ReadWebhookAsync(ProviderCredentials credentials, ProviderWebhookRequest request, CancellationToken cancellationToken)
    {
        string? Header(string name) => request.Headers.TryGetValue(name, out var value) ? value : null;
        var (id, time, signature, certUrl, algorithm) = (Header("PAYPAL-TRANSMISSION-ID"), Header("PAYPAL-TRANSMISSION-TIME"),
            Header("PAYPAL-TRANSMISSION-SIG"), Header("PAYPAL-CERT-URL"), Header("PAYPAL-AUTH-ALGO"));
        if (string.IsNullOrEmpty(credentials.WebhookSecret) || id is null || time is null || signature is null || certUrl is null || algorithm is null) return null;
        if (!DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var sentAt)
            || (clock.GetUtcNow() - sentAt).Duration() > TimeSpan.FromSeconds(options.Value.WebhookToleranceSeconds))
        {
            return null; // a replay of an old (correctly signed) message
        }

        JsonNode? @event;
        try
        {
            @event = JsonNode.Parse(request.Body);
        }
        catch (JsonException)
        {
            return null;
        }

        if (@event is not JsonObject) return null;
        // The event goes back byte for byte: the signature covers the body PayPal sent.
        var verification = "{" + string.Join(",",
            Pair("auth_algo", algorithm), Pair("cert_url", certUrl), Pair("transmission_id", id), Pair("transmission_sig", signature),
            Pair("transmission_time", time), Pair("webhook_id", credentials.WebhookSecret)) + ",\"webhook_event\":" + request.Body + "}";
        var answer = await SendRawAsync(credentials, HttpMethod.Post, "/v1/notifications/verify-webhook-signature", verification, null, cancellationToken);
        if ((string?)answer?["verification_status"] != "SUCCESS") return null;
        return Read(@event);
    }

    private static ProviderWebhook Read(JsonNode @event)
    {
        var eventId = (string)@event["id"]!;
        var type = (string?)@event["event_type"] ?? "";
        var resource = @event["resource"];
        return type switch
        {
            "CHECKOUT.ORDER.APPROVED" or "CHECKOUT.ORDER.COMPLETED" =>
                new ProviderWebhook(eventId, type, ProviderWebhookKind.PaymentCompleted, (string?)resource?["id"], null, PaymentIdOf(resource?["purchase_units"]?[0]?["custom_id"])),
            "PAYMENT.CAPTURE.COMPLETED" or "PAYMENT.CAPTURE.DENIED" =>
                new ProviderWebhook(eventId, type, type.EndsWith("DENIED", StringComparison.Ordinal) ? ProviderWebhookKind.PaymentFailed : ProviderWebhookKind.PaymentCompleted,
                    (string?)resource?["supplementary_data"]?["related_ids"]?["order_id"], (string?)resource?["id"], PaymentIdOf(resource?["custom_id"])),
            // The resource is the refund: its "up" link names the capture, and the breakdown says how much of the capture is
            // refunded so far (ours and any made in PayPal's dashboard), which books a dashboard refund exactly once.
            "PAYMENT.CAPTURE.REFUNDED" => new ProviderWebhook(eventId, type, ProviderWebhookKind.Refunded, null, CaptureOf(resource),
                RefundedTotal: Amount(resource?["seller_payable_breakdown"]?["total_refunded_amount"]?["value"])),
            _ => new ProviderWebhook(eventId, type, ProviderWebhookKind.Other, null),
        };
    }

    private static string? CaptureOf(JsonNode? refund) =>
        (refund?["links"] as JsonArray)?.FirstOrDefault(l => (string?)l?["rel"] == "up") is { } up && Uri.TryCreate((string?)up["href"], UriKind.Absolute, out var href)
            ? href.Segments[^1].TrimEnd('/')
            : null;

    private static decimal? Amount(JsonNode? value) =>
        decimal.TryParse((string?)value, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var amount) ? amount : null;

    private static Guid? PaymentIdOf(JsonNode? node) => Guid.TryParse((string?)node, out var id) ? id : null;

    private static ProviderPayment ToPayment(JsonNode order)
    {
        var reference = (string)order["id"]!;
        var capture = order["purchase_units"]?[0]?["payments"]?["captures"]?[0];
        var status = ((string?)order["status"], (string?)capture?["status"]) switch
        {
            ("COMPLETED", "COMPLETED") => ProviderPaymentStatus.Succeeded,
            ("COMPLETED", "DECLINED" or "FAILED") => ProviderPaymentStatus.Failed,
            ("VOIDED", _) => ProviderPaymentStatus.Failed,
            _ => ProviderPaymentStatus.Pending,
        };
        var received = status == ProviderPaymentStatus.Succeeded && capture?["amount"]?["value"] is { } value
            ? decimal.Parse((string)value!, CultureInfo.InvariantCulture)
            : (decimal?)null;
        return new ProviderPayment(reference, status, Link(order, "payer-action") ?? Link(order, "approve"), (string?)capture?["id"], received,
            status == ProviderPaymentStatus.Failed ? "paypal " + ((string?)capture?["status"] ?? (string?)order["status"]) : null);
    }

    private static string? Link(JsonNode order, string rel) =>
        order["links"]?.AsArray().FirstOrDefault(l => (string?)l?["rel"] == rel)?["href"]?.GetValue<string>();

    private static JsonObject Amount(decimal amount, string currency) => new()
    {
        ["currency_code"] = currency.ToUpperInvariant(),
        ["value"] = MinorUnits.Round(amount, currency)
            .ToString(MinorUnits.Exponent(currency) == 0 ? "0" : "0.00", CultureInfo.InvariantCulture),
    };

    private static string Pair(string name, string value) => JsonSerializer.Serialize(name) + ":" + JsonSerializer.Serialize(value);

    private Task<JsonNode?> SendAsync(ProviderCredentials credentials, HttpMethod method, string path, JsonNode? body, string? requestId, CancellationToken cancellationToken) =>
        SendRawAsync(credentials, method, path, body?.ToJsonString(), requestId, cancellationToken);

    private async Task<JsonNode?> SendRawAsync(ProviderCredentials credentials, HttpMethod method, string path, string? body, string? requestId,
        CancellationToken cancellationToken)
    {
        var apiBase = ApiBase(credentials);
        var http = httpClients.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(method, apiBase + path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(http, apiBase, credentials, cancellationToken));
        request.Headers.Add("Prefer", "return=representation");
        if (requestId is not null) request.Headers.Add("PayPal-Request-Id", requestId);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized) tokens.Forget(apiBase, credentials);
        if (!response.IsSuccessStatusCode) throw PayPalException.From(response.StatusCode, text);
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private string ApiBase(ProviderCredentials credentials) =>
        (credentials.IsLive ? options.Value.PayPalLiveApiBase : options.Value.PayPalSandboxApiBase).TrimEnd('/');
}

/// <summary>A PayPal API error: its status and PayPal's first issue code (<c>INSTRUMENT_DECLINED</c>, <c>ORDER_NOT_APPROVED</c>…).</summary>
public sealed class PayPalException(HttpStatusCode status, string? issue, string message) : HttpRequestException(message, null, status)
{
    public HttpStatusCode Status => status;

    public string? Issue => issue;

    public static PayPalException From(HttpStatusCode status, string body)
    {
        string? issue = null;
        try
        {
            var error = JsonNode.Parse(body);
            issue = (string?)error?["details"]?[0]?["issue"] ?? (string?)error?["name"] ?? (string?)error?["error"];
        }
        catch (JsonException)
        {
        }

        return new PayPalException(status, issue, $"PayPal answered {(int)status} {issue}");
    }
}
