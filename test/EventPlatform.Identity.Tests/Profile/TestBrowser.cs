using System.Net;
using System.Text.RegularExpressions;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace EventPlatform.Identity.Tests.Profile;

/// <summary>An HttpClient that behaves like a browser for form posts: keeps cookies and sends the antiforgery token.</summary>
public sealed partial class TestBrowser
{
    private static readonly Uri BaseAddress = new("http://localhost");

    public TestBrowser(EventPlatformFactory factory, string? sessionCookie, (Guid User, Guid? Organization)? testUser, string userAgent)
    {
        if (sessionCookie is not null)
        {
            var separator = sessionCookie.IndexOf('=');
            Cookies.Add(BaseAddress, new Cookie(sessionCookie[..separator], sessionCookie[(separator + 1)..]));
        }

        Client = factory.CreateDefaultClient(BaseAddress, new CookieContainerHandler(Cookies));
        Client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        if (testUser is { } test)
        {
            Client.DefaultRequestHeaders.Add(TestAuthHandler.UserHeader, test.User.ToString());
            if (test.Organization is { } org) Client.DefaultRequestHeaders.Add(TestAuthHandler.OrganizationHeader, org.ToString());
        }
    }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(path);

    /// <summary>Loads <paramref name="page"/>, then posts <paramref name="fields"/> with its antiforgery token to it (or its <paramref name="handler"/>).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string page, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null, string? query = null)
    {
        var token = await AntiforgeryTokenAsync(page);
        var content = new FormUrlEncodedContent(fields.Append(KeyValuePair.Create("__RequestVerificationToken", token)));
        return await Client.PostAsync(Target(page, handler, query), content);
    }

    /// <summary>Posts a file as <paramref name="field"/> of a multipart form, as the avatar upload does.</summary>
    public async Task<HttpResponseMessage> PostFileAsync(string page, string handler, string field, byte[] file, string fileName, string contentType)
    {
        var token = await AntiforgeryTokenAsync(page);
        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(part, field, fileName);
        return await Client.PostAsync(Target(page, handler, query: null), content);
    }

    private async Task<string> AntiforgeryTokenAsync(string page)
    {
        var response = await Client.GetAsync(page);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return TokenInput().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{page} has no antiforgery token.");
    }

    private static string Target(string page, string? handler, string? query)
    {
        var parameters = new List<string>();
        if (handler is not null) parameters.Add("handler=" + handler);
        if (query is not null) parameters.Add(query);
        return parameters.Count == 0 ? page : page + "?" + string.Join("&", parameters);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
