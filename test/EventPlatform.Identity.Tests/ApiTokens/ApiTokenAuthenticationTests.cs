using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.ApiTokens;
using EventPlatform.Identity.Data;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.ApiTokens;

/// <summary><c>Authorization: Bearer ep_...</c> acts in the token's organization with exactly the token's permissions.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ApiTokenAuthenticationTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_act_in_its_organization_with_a_permission_it_holds()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.ApiTokens.Manage);

        var list = await (await factory.WithToken(created.Secret).GetAsync(ApiTokenClients.Route)).ShouldBeOkAsync<ApiTokenDto[]>();

        list.ShouldContain(t => t.Id == created.Token.Id);
    }

    [Fact]
    public async Task Should_forbid_what_the_token_was_not_given_even_when_its_creator_may()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.Members.Read);

        var response = await factory.WithToken(created.Secret).GetAsync(ApiTokenClients.Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_answer_401_once_the_token_is_revoked()
    {
        var admin = factory.CreateAdminOfA();
        var created = await admin.CreateTokenAsync(IdentityPermissions.ApiTokens.Manage);
        // Used first, so the token is known to this node's cache: revoking it must still stop it at once.
        (await factory.WithToken(created.Secret).GetAsync(ApiTokenClients.Route)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.PostAsync($"{ApiTokenClients.Route}/{created.Token.Id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await factory.WithToken(created.Secret).GetAsync(ApiTokenClients.Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_answer_401_once_the_token_expired()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.ApiTokens.Manage);
        await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<IdentityModuleDbContext>().ApiTokens
            .Where(t => t.Id == created.Token.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1))));

        var response = await factory.WithToken(created.Secret).GetAsync(ApiTokenClients.Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_answer_401_to_a_well_formed_token_that_was_never_issued()
    {
        var response = await factory.WithToken(ApiTokenSecret.Generate(TestData.OrgA)).GetAsync(ApiTokenClients.Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_answer_401_to_a_token_moved_to_another_organization()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.ApiTokens.Manage);
        var moved = created.Secret.Replace(TestData.OrgA.ToString("N"), TestData.OrgB.ToString("N"));

        var response = await factory.WithToken(moved).GetAsync(ApiTokenClients.Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_record_when_the_token_was_last_used()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.ApiTokens.Manage);
        created.Token.LastUsedAt.ShouldBeNull();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await factory.WithToken(created.Secret).GetAsync(ApiTokenClients.Route);

        var stored = await factory.InTenantAsync(TestData.OrgA, sp =>
            sp.GetRequiredService<IdentityModuleDbContext>().ApiTokens.AsNoTracking().SingleAsync(t => t.Id == created.Token.Id));
        stored.LastUsedAt.ShouldNotBeNull().ShouldBeGreaterThan(before);
    }

    [Fact]
    public async Task Should_lose_a_permission_when_its_creator_loses_it()
    {
        var creator = await factory.CreateMemberOfAAsync(OrganizationRoles.Admin);
        var created = await factory.CreateClientFor(creator, TestData.OrgA).CreateTokenAsync(IdentityPermissions.ApiTokens.Manage);
        await factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<IdentityModuleDbContext>();
            (await db.Memberships.SingleAsync(m => m.UserId == creator)).ChangeRole(OrganizationRoles.Staff);
            await db.SaveChangesAsync();
        });

        var response = await factory.WithToken(created.Secret).GetAsync(ApiTokenClients.Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_forbid_everything_once_its_creator_left_the_organization()
    {
        var creator = await factory.CreateMemberOfAAsync(OrganizationRoles.Admin);
        var created = await factory.CreateClientFor(creator, TestData.OrgA).CreateTokenAsync(IdentityPermissions.ApiTokens.Manage);
        await factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<IdentityModuleDbContext>();
            db.Memberships.Remove(await db.Memberships.SingleAsync(m => m.UserId == creator));
            await db.SaveChangesAsync();
        });

        var response = await factory.WithToken(created.Secret).GetAsync(ApiTokenClients.Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_not_create_a_token_with_more_permissions_than_itself()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.ApiTokens.Manage);

        var response = await factory.WithToken(created.Secret).PostAsJsonAsync(ApiTokenClients.Route,
            new CreateApiTokenInput("Wider", [IdentityPermissions.ApiTokens.Manage, IdentityPermissions.Members.Manage]));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.ApiTokenPermissionNotHeld);
    }
}
