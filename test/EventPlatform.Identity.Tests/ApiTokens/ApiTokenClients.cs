using System.Net.Http.Headers;
using System.Net.Http.Json;
using EventPlatform.Identity.ApiTokens;
using EventPlatform.Identity.Domain;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.ApiTokens;

/// <summary>Creating tokens through the API and calling the API with them.</summary>
public static class ApiTokenClients
{
    public const string Route = "api/identity/api-token";

    public static async Task<CreatedApiTokenDto> CreateTokenAsync(this HttpClient manager, params string[] permissions) =>
        await (await manager.PostAsJsonAsync(Route, new CreateApiTokenInput("Token " + Guid.NewGuid().ToString("N")[..8], permissions)))
            .ShouldBeOkAsync<CreatedApiTokenDto>();

    /// <summary>A client without any sign-in that sends <paramref name="secret"/> as its bearer token.</summary>
    public static HttpClient WithToken(this EventPlatformFactory factory, string secret)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    /// <summary>A new user who is a member of organization A with <paramref name="role"/>, so tests may change them.</summary>
    public static async Task<Guid> CreateMemberOfAAsync(this EventPlatformFactory factory, string role)
    {
        var id = Guid.CreateVersion7();
        await factory.InTenantAsync(null, async sp =>
        {
            var user = new User(id, $"tokens-{id:N}@example.test", "Token tester", DateTimeOffset.UtcNow) { EmailConfirmed = true };
            (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user, TestData.Password)).Succeeded.ShouldBeTrue();
        });
        await factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<Data.IdentityModuleDbContext>();
            db.Memberships.Add(new Membership(id, role));
            await db.SaveChangesAsync();
        });
        return id;
    }

    public static HttpClient CreateAdminOfA(this EventPlatformFactory factory) => factory.CreateClientForRole(OrganizationRoles.Admin);
}
