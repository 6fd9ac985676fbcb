using System.Net;
using System.Net.Http.Headers;
using EventPlatform.Identity.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>Integrations get RS256 JWT access tokens for the API audience that live at most 15 minutes.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ClientCredentialsTests(IdentityTestFactory factory)
{
    private async Task<(TestApp App, TokenResponse Token)> IssueAsync()
    {
        var integration = await TestApp.RegisterIntegrationAsync(factory);
        return (integration, await TokenResponse.ReadAsync(await integration.ClientCredentialsAsync()));
    }

    [Fact]
    public async Task Should_issue_an_access_token_that_validates_against_the_published_rs256_key()
    {
        var (_, token) = await IssueAsync();

        var result = await TokenValidator.ValidateAsync(factory, token.AccessToken);

        result.IsValid.ShouldBeTrue(result.Exception?.ToString());
        ((JsonWebToken)result.SecurityToken).Alg.ShouldBe("RS256");
    }

    [Fact]
    public async Task Should_issue_the_access_token_for_the_api_audience()
    {
        var (_, token) = await IssueAsync();

        new JsonWebToken(token.AccessToken).Audiences.ShouldBe([TokenConsts.DefaultAudience]);
    }

    [Fact]
    public async Task Should_let_the_access_token_live_at_most_15_minutes()
    {
        var (_, token) = await IssueAsync();

        var jwt = new JsonWebToken(token.AccessToken);
        (jwt.ValidTo - jwt.IssuedAt).ShouldBeLessThanOrEqualTo(TimeSpan.FromMinutes(15));
        token.ExpiresIn.ShouldBeLessThanOrEqualTo(15 * 60);
    }

    [Fact]
    public async Task Should_name_the_integration_as_the_subject()
    {
        var (integration, token) = await IssueAsync();

        new JsonWebToken(token.AccessToken).Subject.ShouldBe(integration.ClientId);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_client_secret()
    {
        var integration = await TestApp.RegisterIntegrationAsync(factory);

        var response = await integration.ClientCredentialsAsync(secret: "not-the-secret");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // An integration is no member of any organization: authenticated (403 where a permission is needed), never anonymous (401).
    [Fact]
    public async Task Should_authenticate_api_calls_that_carry_the_access_token()
    {
        var (_, token) = await IssueAsync();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);

        var response = await client.GetAsync("api/identity/api-token");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_answer_401_to_a_forged_access_token()
    {
        var (_, token) = await IssueAsync();
        var client = factory.CreateClient();
        var tampered = token.AccessToken[..^4] + (token.AccessToken.EndsWith("AAAA") ? "BBBB" : "AAAA");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tampered);

        var response = await client.GetAsync("api/identity/api-token");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
