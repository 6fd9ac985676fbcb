using System.Text;
using EventPlatform.Payments.Providers;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EventPlatform.Payments.Webhooks;

/// <summary>
/// <c>POST /payments/webhooks/{provider}/{organization}</c>: where an organization points its provider's webhooks.
/// 200 for a taken or repeated notification, 401 for a bad signature (nothing changes), 404 for an unknown organization
/// or provider account. Providers retry anything else, so a failure here loses nothing.
/// </summary>
public static class WebhookEndpoint
{
    public const string Pattern = "/payments/webhooks/{provider}/{organization}";

    public static string PathFor(string provider, string organization) => $"/payments/webhooks/{provider}/{Uri.EscapeDataString(organization)}";

    public static IEndpointConventionBuilder MapPaymentWebhooks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Pattern, HandleAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(string provider, string organization, HttpRequest request, ITenantStore tenants,
        ICurrentTenant currentTenant, WebhookProcessor processor, CancellationToken cancellationToken)
    {
        if (!PaymentProviderNames.IsKnown(provider)) return NotFound();
        var org = await tenants.FindBySlugAsync(organization, cancellationToken);
        if (org is null) return NotFound();
        using var scope = currentTenant.Change(org.Id);
        string body;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(cancellationToken);
        }

        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        return await processor.ProcessAsync(provider, new ProviderWebhookRequest(headers, body), cancellationToken) switch
        {
            WebhookOutcome.Accepted => Results.Ok(new { received = true }),
            WebhookOutcome.Duplicate => Results.Ok(new { received = true, duplicate = true }),
            WebhookOutcome.Rejected => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Signature not valid",
                extensions: new Dictionary<string, object?> { ["code"] = PaymentsErrorCodes.WebhookSignatureInvalid }),
            _ => NotFound(),
        };
    }

    private static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
