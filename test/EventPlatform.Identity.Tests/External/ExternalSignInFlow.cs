using System.Net;
using System.Text.RegularExpressions;
using EventPlatform.Platform.Application;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EventPlatform.Identity.Tests.External;

/// <summary>
/// A browser's round trip through an external sign-in, over HTTP: the app's challenge, the provider's authorize
/// endpoint (a real server), the app's callback (which redeems the code at the provider) and the result page.
/// </summary>
public sealed partial class ExternalSignInFlow(ExternalSignInFactory factory)
{
    private readonly HttpClient _providerClient = new(new HttpClientHandler { AllowAutoRedirect = false });

    /// <summary>The app, with its cookies, as one browser.</summary>
    public HttpClient App { get; } = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in with Google (the fake provider) and returns the app's last answer.</summary>
    public Task<HttpResponseMessage> WithProviderAsync(string provider, string returnUrl = "/") =>
        RunAsync($"/account/external/{provider}", new Dictionary<string, string> { ["returnUrl"] = returnUrl });

    /// <summary>Signs in through the single sign-on of the organization that owns the e-mail's domain.</summary>
    public Task<HttpResponseMessage> WithSsoAsync(string email, string returnUrl = "/") =>
        RunAsync("/account/sso", new Dictionary<string, string> { ["Email"] = email, ["ReturnUrl"] = returnUrl });

    /// <summary>Who the app thinks is signed in now.</summary>
    public async Task<CurrentUserDto> CurrentUserAsync() =>
        (await (await App.GetAsync("api/platform/application-configuration")).ShouldBeOkAsync<ApplicationConfigurationDto>()).CurrentUser;

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await AntiforgeryTokenAsync();
        return await App.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    private async Task<HttpResponseMessage> RunAsync(string start, Dictionary<string, string> fields)
    {
        var challenge = await PostFormAsync(start, fields);
        if (challenge.StatusCode != HttpStatusCode.Redirect) return challenge;

        var authorize = await _providerClient.GetAsync(challenge.Headers.Location);
        authorize.StatusCode.ShouldBe(HttpStatusCode.Redirect, await authorize.Content.ReadAsStringAsync());
        var callback = authorize.Headers.Location!;
        callback.Host.ShouldBe("localhost");

        var response = await App.GetAsync(callback.PathAndQuery);
        while (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } next && !next.IsAbsoluteUri
               && next.OriginalString.StartsWith("/account/external-callback", StringComparison.Ordinal))
        {
            response = await App.GetAsync(next);
        }

        return response;
    }

    private async Task<string> AntiforgeryTokenAsync()
    {
        var page = await (await App.GetAsync("/account/sso")).Content.ReadAsStringAsync();
        return AntiforgeryField().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
