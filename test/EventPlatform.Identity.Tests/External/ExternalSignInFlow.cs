using System.Net;
using EventPlatform.Identity.Tests.Accounts;
using EventPlatform.Platform.Application;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.External;

/// <summary>
/// A browser's round trip through an external sign-in, over HTTP: the app's challenge, the provider's authorize
/// endpoint (a real server), the app's callback (which redeems the code at the provider) and the result page.
/// </summary>
public sealed class ExternalSignInFlow(ExternalSignInFactory factory)
{
    private readonly HttpClient _providerClient = new(new HttpClientHandler { AllowAutoRedirect = false });
    private readonly AccountClient _browser = new(factory);

    /// <summary>The app, with its cookies, as one browser.</summary>
    public HttpClient App => _browser.Http;

    /// <summary>Signs in with Google (the fake provider) and returns the app's last answer.</summary>
    public async Task<HttpResponseMessage> WithProviderAsync(string provider, string returnUrl = "/") =>
        await RunAsync(await _browser.PostFormFromAsync("/account/sso", $"/account/external/{provider}",
            new Dictionary<string, string> { ["returnUrl"] = returnUrl }));

    /// <summary>Signs in through the single sign-on of the organization that owns the e-mail's domain.</summary>
    public async Task<HttpResponseMessage> WithSsoAsync(string email, string returnUrl = "/") =>
        await RunAsync(await _browser.PostFormAsync("/account/sso",
            new Dictionary<string, string> { ["Email"] = email, ["ReturnUrl"] = returnUrl }));

    /// <summary>Who the app thinks is signed in now.</summary>
    public async Task<CurrentUserDto> CurrentUserAsync() =>
        (await (await App.GetAsync("api/platform/application-configuration")).ShouldBeOkAsync<ApplicationConfigurationDto>()).CurrentUser;

    private async Task<HttpResponseMessage> RunAsync(HttpResponseMessage challenge)
    {
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
}
