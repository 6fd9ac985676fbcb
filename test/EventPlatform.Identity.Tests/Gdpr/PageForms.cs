using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace EventPlatform.Identity.Tests.Gdpr;

/// <summary>Posts a Razor Page form as a browser does: GET the page for its antiforgery token (and cookie), then POST the fields.</summary>
public static partial class PageForms
{
    public static async Task<string> GetHtmlAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"GET {path} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string? handler, IDictionary<string, string> fields, string? query = null)
    {
        var html = await GetHtmlAsync(client, path);
        var token = TokenRegex().Match(html);
        token.Success.ShouldBeTrue("The page has no antiforgery token.");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token.Groups[1].Value };
        using var request = new HttpRequestMessage(HttpMethod.Post, handler is null ? path : $"{path}?handler={handler}" + (query is null ? "" : "&" + query)) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return await client.SendAsync(request);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenRegex();
}
