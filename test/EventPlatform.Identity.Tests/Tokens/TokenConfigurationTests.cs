using EventPlatform.Identity.Tokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EventPlatform.Identity.Tests.Tokens;

/// <summary>The <c>Tokens</c> configuration section: lifetimes and the apps registered when the database is migrated.</summary>
[Collection(IdentityCollection.Name)]
public sealed class TokenConfigurationTests(IdentityTestFactory factory)
{
    [Fact]
    public void Should_refuse_to_start_with_access_tokens_living_longer_than_15_minutes()
    {
        using var host = factory.WithWebHostBuilder(b => b.UseSetting("Tokens:AccessTokenLifetime", "00:16:00"));

        Should.Throw<OptionsValidationException>(() => host.Services);
    }

    [Fact]
    public async Task Should_register_a_configured_first_party_app_when_migrating()
    {
        var clientId = "configured-" + Guid.NewGuid().ToString("N");
        await using var host = factory.WithWebHostBuilder(b => b
            .UseSetting("Tokens:Clients:0:ClientId", clientId)
            .UseSetting("Tokens:Clients:0:DisplayName", "Mobile app")
            .UseSetting("Tokens:Clients:0:FirstParty", "true")
            .UseSetting("Tokens:Clients:0:GrantTypes:0", GrantTypes.AuthorizationCode)
            .UseSetting("Tokens:Clients:0:RedirectUris:0", "com.eventplatform.app:/callback"));

        await using var scope = host.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var application = (await applications.FindByClientIdAsync(clientId)).ShouldNotBeNull();

        (await applications.GetConsentTypeAsync(application)).ShouldBe(ConsentTypes.Implicit);
        (await applications.GetClientTypeAsync(application)).ShouldBe(ClientTypes.Public);
        (await applications.HasRequirementAsync(application, Requirements.Features.ProofKeyForCodeExchange)).ShouldBeTrue();
    }
}
