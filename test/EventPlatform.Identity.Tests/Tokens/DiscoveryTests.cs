using System.Text.Json;

namespace EventPlatform.Identity.Tests.Tokens;

[Collection(IdentityCollection.Name)]
public sealed class DiscoveryTests(IdentityTestFactory factory)
{
    private async Task<JsonElement> DiscoveryAsync() =>
        JsonDocument.Parse(await factory.CreateClient().GetStringAsync("/.well-known/openid-configuration")).RootElement;

    private static IEnumerable<string?> Values(JsonElement discovery, string name) =>
        discovery.GetProperty(name).EnumerateArray().Select(v => v.GetString());

    [Fact]
    public async Task Should_advertise_rs256_as_the_signing_algorithm()
    {
        var discovery = await DiscoveryAsync();

        Values(discovery, "id_token_signing_alg_values_supported").ShouldBe(["RS256"]);
    }

    [Fact]
    public async Task Should_point_to_the_jwks_authorize_and_token_endpoints()
    {
        var discovery = await DiscoveryAsync();

        discovery.GetProperty("jwks_uri").GetString().ShouldBe("http://localhost/.well-known/jwks");
        discovery.GetProperty("authorization_endpoint").GetString().ShouldBe("http://localhost/connect/authorize");
        discovery.GetProperty("token_endpoint").GetString().ShouldBe("http://localhost/connect/token");
    }

    [Fact]
    public async Task Should_offer_authorization_code_client_credentials_and_refresh_token_grants_only()
    {
        var discovery = await DiscoveryAsync();

        Values(discovery, "grant_types_supported").Order().ShouldBe(["authorization_code", "client_credentials", "refresh_token"]);
    }

    [Fact]
    public async Task Should_require_the_s256_pkce_method()
    {
        var discovery = await DiscoveryAsync();

        Values(discovery, "code_challenge_methods_supported").ShouldBe(["S256"]);
    }
}
