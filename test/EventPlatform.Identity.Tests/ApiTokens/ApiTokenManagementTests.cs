using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.ApiTokens;
using EventPlatform.Identity.Data;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.ApiTokens;

/// <summary>Creating, listing and revoking an organization's API tokens (permission ApiTokens.Manage).</summary>
[Collection(IdentityCollection.Name)]
public sealed class ApiTokenManagementTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_return_a_secret_with_the_api_token_prefix_on_creation()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.Members.Read);

        created.Secret.ShouldStartWith(ApiTokenConsts.Prefix);
        created.Token.Hint.ShouldBe(created.Secret[^4..]);
    }

    [Fact]
    public async Task Should_store_only_the_sha256_hash_of_the_secret()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.Members.Read);

        var stored = await factory.InTenantAsync(TestData.OrgA, sp =>
            sp.GetRequiredService<IdentityModuleDbContext>().ApiTokens.AsNoTracking().SingleAsync(t => t.Id == created.Token.Id));
        stored.TokenHash.ShouldBe(SHA256.HashData(Encoding.UTF8.GetBytes(created.Secret)));
    }

    [Fact]
    public async Task Should_never_show_the_secret_again_in_the_list()
    {
        var admin = factory.CreateAdminOfA();
        var created = await admin.CreateTokenAsync(IdentityPermissions.Members.Read);

        var list = await (await admin.GetAsync(ApiTokenClients.Route)).Content.ReadAsStringAsync();

        list.ShouldContain(created.Token.Id.ToString());
        list.ShouldNotContain(created.Secret);
    }

    [Fact]
    public async Task Should_refuse_a_permission_the_creator_does_not_hold()
    {
        var response = await factory.CreateAdminOfA().PostAsJsonAsync(ApiTokenClients.Route,
            new CreateApiTokenInput("Too much", [IdentityPermissions.Organization.Delete]));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.ApiTokenPermissionNotHeld);
    }

    [Fact]
    public async Task Should_answer_400_for_a_token_without_permissions()
    {
        var response = await factory.CreateAdminOfA().PostAsJsonAsync(ApiTokenClients.Route, new CreateApiTokenInput("Nothing", []));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
    }

    [Theory]
    [InlineData(OrganizationRoles.Staff)]
    [InlineData(OrganizationRoles.Attendee)]
    [InlineData(OrganizationRoles.Guest)]
    public async Task Should_forbid_members_without_the_manage_permission(string role)
    {
        var response = await factory.CreateClientForRole(role).GetAsync(ApiTokenClients.Route);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_offer_only_permissions_the_caller_holds()
    {
        var grantable = await (await factory.CreateAdminOfA().GetAsync(ApiTokenClients.Route + "/grantable-permissions"))
            .ShouldBeOkAsync<string[]>();

        grantable.ShouldContain(IdentityPermissions.ApiTokens.Manage);
        grantable.ShouldNotContain(IdentityPermissions.Organization.Delete);
    }

    [Fact]
    public async Task Should_answer_404_when_revoking_a_token_of_another_organization()
    {
        var tokenOfB = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).CreateTokenAsync(IdentityPermissions.Members.Read);

        var response = await factory.CreateAdminOfA().PostAsync($"{ApiTokenClients.Route}/{tokenOfB.Token.Id}/revoke", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, IdentityErrorCodes.ApiTokenNotFound);
    }

    [Fact]
    public async Task Should_not_list_tokens_of_another_organization()
    {
        var tokenOfB = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).CreateTokenAsync(IdentityPermissions.Members.Read);

        var list = await (await factory.CreateAdminOfA().GetAsync(ApiTokenClients.Route)).ShouldBeOkAsync<ApiTokenDto[]>();

        list.ShouldNotContain(t => t.Id == tokenOfB.Token.Id);
    }

    [Fact]
    public async Task Should_write_a_security_event_when_a_token_is_created()
    {
        var created = await factory.CreateAdminOfA().CreateTokenAsync(IdentityPermissions.Members.Read);

        (await SecurityEventsAsync(SecurityActions.TokenCreated)).ShouldContain(e => e.Changes!.Contains(created.Token.Id.ToString()));
    }

    [Fact]
    public async Task Should_write_a_security_event_when_a_token_is_revoked()
    {
        var admin = factory.CreateAdminOfA();
        var created = await admin.CreateTokenAsync(IdentityPermissions.Members.Read);

        (await admin.PostAsync($"{ApiTokenClients.Route}/{created.Token.Id}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await SecurityEventsAsync(SecurityActions.TokenRevoked)).ShouldContain(e => e.Changes!.Contains(created.Token.Id.ToString()));
    }

    private Task<List<AuditLogEntry>> SecurityEventsAsync(string action) => factory.InTenantAsync(TestData.OrgA, sp =>
        sp.GetRequiredService<PlatformDbContext>().Set<AuditLogEntry>().AsNoTracking().Where(e => e.Action == action).ToListAsync());
}
