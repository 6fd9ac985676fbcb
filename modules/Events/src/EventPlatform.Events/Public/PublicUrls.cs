using Microsoft.AspNetCore.Http;

namespace EventPlatform.Events.Public;

/// <summary>Absolute addresses of an organization's public pages, from the request's scheme and host.</summary>
public static class PublicUrls
{
    public static Uri Origin(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/");

    public static Uri Organization(HttpRequest request, string organization) =>
        new(Origin(request), $"o/{Uri.EscapeDataString(organization)}");

    public static Uri Event(HttpRequest request, string organization, string slug) =>
        new(Origin(request), $"o/{Uri.EscapeDataString(organization)}/e/{Uri.EscapeDataString(slug)}");

    /// <summary>A blob or page address made absolute (crawlers and calendar apps need the host).</summary>
    public static Uri? Absolute(HttpRequest request, string? url) =>
        url is null ? null : Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute : new Uri(Origin(request), url.TrimStart('/'));
}
