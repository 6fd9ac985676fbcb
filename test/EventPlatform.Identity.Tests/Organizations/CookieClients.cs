using System.Net;
using System.Text.RegularExpressions;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace EventPlatform.Identity.Tests.Organizations;

/// <summary>HTTP clients that keep cookies like a browser, and form posts with the page's antiforgery token.</summary>
public static partial class CookieClients
{
    public static readonly Uri BaseAddress = new("http://localhost/");

    /// <summary>A cookie-keeping client; signed in through the real cookie scheme when <paramref name="user"/> is given.</summary>
    public static async Task<(HttpClient Client, CookieContainer Cookies)> CreateAsync(EventPlatformFactory factory, Guid? user = null)
    {
        var cookies = new CookieContainer();
        if (user is { } id)
        {
            foreach (var cookie in await SessionCookies.IssueAsync(factory.Services, id)) cookies.Add(BaseAddress, cookie);
        }

        return (factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(cookies)), cookies);
    }

    /// <summary>GETs <paramref name="page"/> and posts <paramref name="fields"/> with its antiforgery token to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await AntiforgeryTokenAsync(client, page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string page)
    {
        var html = await (await client.GetAsync(page)).Content.ReadAsStringAsync();
        return Token().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{page} has no antiforgery token:\n{html}");
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex Token();
}
