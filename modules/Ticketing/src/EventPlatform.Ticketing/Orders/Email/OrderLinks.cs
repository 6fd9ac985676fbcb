using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace EventPlatform.Ticketing.Orders.Email;

/// <summary>
/// Absolute links for e-mails. Jobs and outbox handlers run outside any request, so the origin comes from configuration
/// (<c>Ticketing:PublicBaseUrl</c>, else <c>Accounts:PublicBaseUrl</c>), and only inside a request from the request itself.
/// </summary>
public sealed class OrderLinks(IConfiguration configuration, IHttpContextAccessor http)
{
    public static string OrderPath(string organization, string number, string token) => OrderPaths.Order(organization, number, token);

    /// <summary>The tickets PDF of an order; the endpoint belongs to the tickets work.</summary>
    public static string PdfPath(string organization, string number, string token) =>
        $"/o/{Uri.EscapeDataString(organization)}/orders/{Uri.EscapeDataString(number)}/tickets.pdf?t={Uri.EscapeDataString(token)}";

    /// <summary>The checkout page of a reservation held for a waitlist offer (agreed with the checkout work).</summary>
    public static string CheckoutPath(string organization, Guid reservationId, string token) =>
        $"/o/{Uri.EscapeDataString(organization)}/checkout/{reservationId}?t={Uri.EscapeDataString(token)}";

    public static string EventPath(string organization, string slug) => $"/o/{Uri.EscapeDataString(organization)}/e/{Uri.EscapeDataString(slug)}";

    public string Absolute(string path) => Origin() + path;

    private string Origin()
    {
        var configured = configuration["Ticketing:PublicBaseUrl"] ?? configuration["Accounts:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(configured)) return configured.TrimEnd('/');
        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Ticketing e-mails sent outside a request need Ticketing:PublicBaseUrl.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
