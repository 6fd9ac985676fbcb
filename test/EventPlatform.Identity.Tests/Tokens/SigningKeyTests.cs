using System.Security.Cryptography;
using System.Text.Json;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>The signing key is generated once and kept in the database, so every node and restart publishes and uses it.</summary>
[Collection(IdentityCollection.Name)]
public sealed class SigningKeyTests(IdentityTestFactory factory)
{
    private static async Task<JsonWebKey> SingleJwkAsync(HttpClient client)
    {
        var keys = new JsonWebKeySet(await client.GetStringAsync("/.well-known/jwks")).Keys;
        keys.Count.ShouldBe(1);
        return keys[0];
    }

    private async Task<TokenKey> PersistedSigningKeyAsync() =>
        await factory.InTenantAsync(null, sp => sp.GetRequiredService<IdentityModuleDbContext>().TokenKeys.AsNoTracking().SingleAsync(k => k.Use == TokenKey.Signing));

    [Fact]
    public async Task Should_publish_the_persisted_signing_key_in_the_jwks()
    {
        var jwk = await SingleJwkAsync(factory.CreateClient());
        var persisted = await PersistedSigningKeyAsync();

        jwk.Kid.ShouldBe(persisted.KeyId);
        var pem = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("EventPlatform.Tokens.Keys").Unprotect(persisted.ProtectedMaterial);
        using var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        jwk.N.ShouldBe(Base64UrlEncoder.Encode(rsa.ExportParameters(false).Modulus));
        jwk.Kty.ShouldBe("RSA");
        jwk.Alg.ShouldBe("RS256");
    }

    [Fact]
    public async Task Should_publish_the_same_key_from_a_second_host_on_the_same_database()
    {
        var first = await SingleJwkAsync(factory.CreateClient());
        await using var secondHost = factory.WithWebHostBuilder(_ => { });

        var second = await SingleJwkAsync(secondHost.CreateClient());

        second.Kid.ShouldBe(first.Kid);
        second.N.ShouldBe(first.N);
    }

    [Fact]
    public async Task Should_accept_on_a_second_host_a_token_the_first_host_signed()
    {
        var integration = await TestApp.RegisterIntegrationAsync(factory);
        var token = await TokenResponse.ReadAsync(await integration.ClientCredentialsAsync());
        await using var secondHost = factory.WithWebHostBuilder(_ => { });

        var result = await TokenValidator.ValidateAsync(secondHost, token.AccessToken);

        result.IsValid.ShouldBeTrue(result.Exception?.ToString());
    }

    [Fact]
    public async Task Should_keep_the_private_key_encrypted_at_rest()
    {
        var persisted = await PersistedSigningKeyAsync();

        persisted.ProtectedMaterial.ShouldNotContain("PRIVATE KEY");
    }
}
