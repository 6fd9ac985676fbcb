using System.Net;
using System.Text.RegularExpressions;
using EventPlatform.Platform.Application;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventPlatform.Identity.Tests.Accounts;

/// <summary>
/// A browser-like client over HTTP: keeps cookies, posts the account pages' forms with their antiforgery token, and
/// does not follow redirects so tests see where a step leads.
/// </summary>
public sealed partial class AccountClient(WebApplicationFactory<Program> factory)
{
    public HttpClient Http { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>GETs <paramref name="path"/> and posts its form (the one for <paramref name="handler"/>) with <paramref name="fields"/>.</summary>
    public Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields, string? handler = null) =>
        PostFormFromAsync(path, handler is null ? path : $"{path}{(path.Contains('?') ? '&' : '?')}handler={handler}", fields);

    /// <summary>GETs <paramref name="page"/> for its antiforgery token and posts <paramref name="fields"/> to <paramref name="target"/> (a form on that page posting elsewhere).</summary>
    public async Task<HttpResponseMessage> PostFormFromAsync(string page, string target, IReadOnlyDictionary<string, string> fields)
    {
        var response = await Http.GetAsync(page);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {page}");
        var html = await response.Content.ReadAsStringAsync();
        var token = AntiforgeryToken().Match(html);
        token.Success.ShouldBeTrue($"{page} has no antiforgery token");

        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await Http.PostAsync(target, new FormUrlEncodedContent(form));
    }

    public Task<HttpResponseMessage> SignInAsync(string email, string password, string? returnUrl = null) =>
        PostFormAsync(returnUrl is null ? "/account/sign-in" : $"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    public Task<HttpResponseMessage> SignUpAsync(string email, string password = TestData.Password, string displayName = "Ada Lovelace") =>
        PostFormAsync("/account/sign-up", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = displayName,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public Task<HttpResponseMessage> SignOutAsync() => PostFormAsync("/account/sign-out", new Dictionary<string, string>());

    /// <summary>Who the host thinks is signed in, from the application configuration the UI reads.</summary>
    public async Task<Guid?> SignedInUserAsync()
    {
        var configuration = await (await Http.GetAsync("api/platform/application-configuration")).ShouldBeOkAsync<ApplicationConfigurationDto>();
        return configuration.CurrentUser.Id;
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"[^>]*>""")]
    private static partial Regex AntiforgeryToken();
}
