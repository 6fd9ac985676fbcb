using System.Globalization;
using System.Xml.Linq;

namespace EventPlatform.Events.Public.Seo;

/// <summary>A sitemaps.org <c>urlset</c>; XLinq escapes every value.</summary>
public static class SitemapWriter
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(IEnumerable<(Uri Location, DateTimeOffset? LastModified)> urls)
    {
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "urlset", urls.Select(u => new XElement(Ns + "url",
                new XElement(Ns + "loc", u.Location.ToString()),
                u.LastModified is { } at
                    ? new XElement(Ns + "lastmod", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                    : null))));
        return document.Declaration + Environment.NewLine + document.ToString(SaveOptions.DisableFormatting);
    }
}
