using System.Net;
using System.Net.Http.Headers;
using System.Web;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;
using Microsoft.IdentityModel.JsonWebTokens;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>
/// Authorization code + PKCE over HTTP. The authorize endpoint takes the user of the default scheme: the session cookie
/// (one test) or, in the others, the test header.
/// </summary>
[Collection(IdentityCollection.Name)]
public sealed class AuthorizationCodeTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_send_a_visitor_to_the_sign_in_page_and_back_to_the_authorize_request()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);

        var response = await app.AuthorizeAsync(user: null, Pkce.ChallengeOf(Pkce.NewVerifier()));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        location.AbsolutePath.ShouldBe("/account/sign-in");
        var returnUrl = HttpUtility.ParseQueryString(location.Query)["ReturnUrl"].ShouldNotBeNull();
        returnUrl.ShouldStartWith("/connect/authorize?");
        returnUrl.ShouldContain($"client_id={app.ClientId}");
    }

    [Fact]
    public async Task Should_send_a_first_party_app_a_code_without_asking_for_consent()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);

        var code = await app.GetCodeAsync(TestData.UserA, Pkce.NewVerifier());

        code.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_send_a_code_to_a_user_signed_in_with_the_session_cookie()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var verifier = Pkce.NewVerifier();

        var response = await app.AuthorizeAsync(user: null, Pkce.ChallengeOf(verifier), cookie: await SessionCookie.ForAsync(factory, TestData.UserA));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var code = HttpUtility.ParseQueryString(response.Headers.Location!.Query)["code"].ShouldNotBeNull();
        var tokens = await TokenResponse.ReadAsync(await app.ExchangeCodeAsync(code, verifier));
        new JsonWebToken(tokens.AccessToken).Subject.ShouldBe(TestData.UserA.ToString());
    }

    [Fact]
    public async Task Should_exchange_the_code_with_its_verifier_for_access_refresh_and_identity_tokens()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);

        var tokens = await app.SignInAsync(TestData.UserA);

        new JsonWebToken(tokens.AccessToken).Subject.ShouldBe(TestData.UserA.ToString());
        tokens.RefreshToken.ShouldNotBeNullOrWhiteSpace();
        new JsonWebToken(tokens.IdToken).Subject.ShouldBe(TestData.UserA.ToString());
    }

    [Fact]
    public async Task Should_refuse_a_code_exchanged_with_another_verifier()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var code = await app.GetCodeAsync(TestData.UserA, Pkce.NewVerifier());

        var response = await app.ExchangeCodeAsync(code, Pkce.NewVerifier());

        (await TokenResponse.ErrorOfAsync(response)).ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Should_refuse_a_code_used_twice()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var verifier = Pkce.NewVerifier();
        var code = await app.GetCodeAsync(TestData.UserA, verifier);
        await TokenResponse.ReadAsync(await app.ExchangeCodeAsync(code, verifier));

        var again = await app.ExchangeCodeAsync(code, verifier);

        (await TokenResponse.ErrorOfAsync(again)).ShouldBe("invalid_grant");
    }

    [Fact]
    public async Task Should_refuse_an_authorize_request_without_pkce()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);

        var response = await app.AuthorizeAsync(TestData.UserA, codeChallenge: null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("invalid_request");
    }

    [Fact]
    public async Task Should_refuse_an_app_that_is_not_first_party_until_consent_screens_exist()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory, firstParty: false);

        var response = await app.AuthorizeAsync(TestData.UserA, Pkce.ChallengeOf(Pkce.NewVerifier()));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        HttpUtility.ParseQueryString(response.Headers.Location!.Query)["error"].ShouldBe("consent_required");
    }

    [Fact]
    public async Task Should_let_the_app_call_the_api_as_the_user_in_the_users_organization()
    {
        var app = await TestApp.RegisterFirstPartyAsync(factory);
        var tokens = await app.SignInAsync(TestData.UserB);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        client.DefaultRequestHeaders.Add(TenantClaimTypes.TenantHeader, TestData.OrgBSlug);

        var configuration = await (await client.GetAsync("api/platform/application-configuration")).ShouldBeOkAsync<ApplicationConfigurationDto>();

        configuration.CurrentUser.Id.ShouldBe(TestData.UserB);
        configuration.CurrentTenant.Id.ShouldBe(TestData.OrgB);
    }
}
