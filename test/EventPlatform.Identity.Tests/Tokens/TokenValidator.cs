using System.Text.Json;
using EventPlatform.Identity.Tokens;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>Validates access tokens as a third-party API would: only with what discovery and the JWKS publish.</summary>
public static class TokenValidator
{
    public static async Task<TokenValidationResult> ValidateAsync(WebApplicationFactory<Program> host, string token)
    {
        var client = host.CreateClient();
        var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var jwks = new JsonWebKeySet(await client.GetStringAsync("/.well-known/jwks"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = discovery.GetProperty("issuer").GetString(),
            ValidAudience = TokenConsts.DefaultAudience,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            // OpenIddict types its access tokens "at+jwt" (RFC 9068).
            ValidTypes = ["at+jwt"],
        });
    }
}
