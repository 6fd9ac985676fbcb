using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace EventPlatform.Ticketing.Tests.Checkout;

/// <summary>Reads and posts the checkout's HTML forms as a browser without scripts does (antiforgery token and cookies included).</summary>
public static partial class CheckoutForms
{
    public static async Task<string> GetHtmlAsync(this HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {path} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    public static string Token(string html)
    {
        var token = TokenRegex().Match(html);
        token.Success.ShouldBeTrue("The page has no antiforgery token.");
        return token.Groups[1].Value;
    }

    public static string IdempotencyKey(string html) => KeyRegex().Match(html).Groups[1].Value;

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex KeyRegex();
}
