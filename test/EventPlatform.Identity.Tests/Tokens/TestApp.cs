using System.Net;
using System.Web;
using EventPlatform.Identity.Tokens;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>
/// An app registered with the server (as configured clients are), driving it over HTTP: authorize with PKCE as a
/// signed-in user, then the token endpoint. Each test registers its own app, so tests share no OAuth state.
/// </summary>
public sealed class TestApp
{
    public const string RedirectUri = "https://app.example.test/callback";
    public const string UserScopes = "openid profile email offline_access api";

    private readonly IdentityTestFactory _factory;

    private TestApp(IdentityTestFactory factory, TokenClientOptions options)
    {
        _factory = factory;
        Options = options;
    }

    public TokenClientOptions Options { get; }

    public string ClientId => Options.ClientId;

    /// <summary>A first-party app (public client: authorization code + PKCE, refresh tokens), like the mobile app.</summary>
    public static Task<TestApp> RegisterFirstPartyAsync(IdentityTestFactory factory, bool firstParty = true) =>
        RegisterAsync(factory, new TokenClientOptions
        {
            ClientId = "app-" + Guid.NewGuid().ToString("N"),
            DisplayName = "Test app",
            FirstParty = firstParty,
            GrantTypes = [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken],
            RedirectUris = [RedirectUri],
        });

    /// <summary>An integration (confidential client, client credentials).</summary>
    public static Task<TestApp> RegisterIntegrationAsync(IdentityTestFactory factory) =>
        RegisterAsync(factory, new TokenClientOptions
        {
            ClientId = "integration-" + Guid.NewGuid().ToString("N"),
            ClientSecret = "secret-" + Guid.NewGuid().ToString("N"),
            DisplayName = "Test integration",
            GrantTypes = [GrantTypes.ClientCredentials],
        });

    private static async Task<TestApp> RegisterAsync(IdentityTestFactory factory, TokenClientOptions options)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(TokenClientDescriptors.From(options));
        return new TestApp(factory, options);
    }

    /// <summary>
    /// The authorize request of a browser; <paramref name="user"/> signs it in through the test header, null is a visitor,
    /// <paramref name="cookie"/> is a session cookie (see <see cref="SessionCookie"/>).
    /// </summary>
    public async Task<HttpResponseMessage> AuthorizeAsync(Guid? user, string? codeChallenge, string scope = UserScopes, string? cookie = null)
    {
        var client = _factory.CreateClientFor(user);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        if (cookie is not null) client.DefaultRequestHeaders.Add("Cookie", cookie);
        var query = HttpUtility.ParseQueryString("");
        query["client_id"] = ClientId;
        query["redirect_uri"] = RedirectUri;
        query["response_type"] = ResponseTypes.Code;
        query["scope"] = scope;
        query["state"] = "state-123";
        if (codeChallenge is not null)
        {
            query["code_challenge"] = codeChallenge;
            query["code_challenge_method"] = CodeChallengeMethods.Sha256;
        }

        return await client.GetAsync("/connect/authorize?" + query);
    }

    /// <summary>Signs <paramref name="user"/> in and returns the code the server sent back to the app.</summary>
    public async Task<string> GetCodeAsync(Guid user, string verifier)
    {
        var response = await AuthorizeAsync(user, Pkce.ChallengeOf(verifier));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!;
        location.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        var parameters = HttpUtility.ParseQueryString(location.Query);
        parameters["state"].ShouldBe("state-123");
        return parameters["code"].ShouldNotBeNull(location.ToString());
    }

    public Task<HttpResponseMessage> ExchangeCodeAsync(string code, string verifier) => PostTokenAsync(new()
    {
        ["grant_type"] = GrantTypes.AuthorizationCode,
        ["client_id"] = ClientId,
        ["code"] = code,
        ["redirect_uri"] = RedirectUri,
        ["code_verifier"] = verifier,
    });

    /// <summary>The whole authorization code flow for <paramref name="user"/>.</summary>
    public async Task<TokenResponse> SignInAsync(Guid user)
    {
        var verifier = Pkce.NewVerifier();
        var code = await GetCodeAsync(user, verifier);
        return await TokenResponse.ReadAsync(await ExchangeCodeAsync(code, verifier));
    }

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) => PostTokenAsync(new()
    {
        ["grant_type"] = GrantTypes.RefreshToken,
        ["client_id"] = ClientId,
        ["refresh_token"] = refreshToken,
    });

    public Task<HttpResponseMessage> RevokeAsync(string token) => PostAsync("/connect/revoke", new()
    {
        ["client_id"] = ClientId,
        ["token"] = token,
    });

    public Task<HttpResponseMessage> ClientCredentialsAsync(string? secret = null) => PostTokenAsync(new()
    {
        ["grant_type"] = GrantTypes.ClientCredentials,
        ["client_id"] = ClientId,
        ["client_secret"] = secret ?? Options.ClientSecret!,
        ["scope"] = TokenConsts.ApiScope,
    });

    private Task<HttpResponseMessage> PostTokenAsync(Dictionary<string, string> form) => PostAsync("/connect/token", form);

    private async Task<HttpResponseMessage> PostAsync(string path, Dictionary<string, string> form) =>
        await _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .PostAsync(path, new FormUrlEncodedContent(form));
}
