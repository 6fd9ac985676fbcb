using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.Domain;
using EventPlatform.Identity.Sso;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.External;

[Collection(ExternalSignInCollection.Name)]
public sealed class EnterpriseSsoTests(ExternalSignInFactory factory)
{
    private const string Api = "api/identity/enterprise-sso";

    [Fact]
    public async Task Should_join_the_organization_with_its_role_when_signing_in_through_its_sso()
    {
        var (organization, _) = await ConfigureSsoAsync(out var domain, OrganizationRoles.Staff);
        var email = $"jane-{Guid.NewGuid():N}@{domain}";
        factory.Provider.NextUser = new FakeIdentity(Guid.NewGuid().ToString(), email, "Jane", EmailVerified: false);
        var flow = new ExternalSignInFlow(factory);

        var response = await flow.WithSsoAsync(email);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var user = (await flow.CurrentUserAsync()).Id!.Value;
        (await RoleAsync(organization, user)).ShouldBe(OrganizationRoles.Staff);
        (await SelectedOrganizationAsync(user)).ShouldBe(organization);
    }

    [Fact]
    public async Task Should_sign_in_without_joining_when_the_providers_email_is_outside_the_organizations_domains()
    {
        var (organization, _) = await ConfigureSsoAsync(out var domain, OrganizationRoles.Staff);
        factory.Provider.NextUser = new FakeIdentity(Guid.NewGuid().ToString(), $"contractor-{Guid.NewGuid():N}@elsewhere.example", "Contractor", EmailVerified: true);
        var flow = new ExternalSignInFlow(factory);

        await flow.WithSsoAsync($"contractor@{domain}");

        var user = (await flow.CurrentUserAsync()).Id!.Value;
        (await RoleAsync(organization, user)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_tell_the_visitor_when_no_organization_signs_in_their_domain()
    {
        var flow = new ExternalSignInFlow(factory);

        var response = await flow.WithSsoAsync($"someone@unknown-{Guid.NewGuid():N}.example");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("No organization signs in people with this e-mail address");
    }

    [Fact]
    public async Task Should_refuse_a_public_mail_domain()
    {
        var (organization, owner) = await factory.CreateOrganizationAsync();

        var response = await Owner(organization, owner).PutAsJsonAsync(Api, Input(["gmail.com"]));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.SsoPublicDomain);
    }

    [Fact]
    public async Task Should_refuse_a_domain_that_already_signs_in_to_another_organization()
    {
        await ConfigureSsoAsync(out var domain, OrganizationRoles.Attendee);
        var (other, owner) = await factory.CreateOrganizationAsync();

        var response = await Owner(other, owner).PutAsJsonAsync(Api, Input([domain]));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.SsoDomainTaken);
    }

    [Fact]
    public async Task Should_refuse_owner_as_the_role_people_join_with()
    {
        var (organization, owner) = await factory.CreateOrganizationAsync();

        var response = await Owner(organization, owner).PutAsJsonAsync(Api, Input([NewDomain()]) with { JoinRole = OrganizationRoles.Owner });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
    }

    [Fact]
    public async Task Should_keep_the_client_secret_encrypted_and_never_return_it()
    {
        var (organization, owner) = await factory.CreateOrganizationAsync();
        var client = Owner(organization, owner);
        (await client.PutAsJsonAsync(Api, Input([NewDomain()]))).EnsureSuccessStatusCode();

        var json = await (await client.GetAsync(Api)).Content.ReadAsStringAsync();

        json.ShouldNotContain(ExternalSignInFactory.GoogleClientSecret);
        json.ShouldContain("\"hasClientSecret\":true");
        var stored = await factory.InTenantAsync(organization, sp =>
            sp.GetRequiredService<IdentityModuleDbContext>().EnterpriseSsoConnections.Select(c => c.ProtectedClientSecret).SingleAsync());
        stored.ShouldNotContain(ExternalSignInFactory.GoogleClientSecret);
    }

    [Fact]
    public async Task Should_keep_the_stored_secret_when_an_update_leaves_it_empty()
    {
        var (organization, owner) = await ConfigureSsoAsync(out var domain, OrganizationRoles.Staff);
        (await Owner(organization, owner).PutAsJsonAsync(Api, Input([domain]) with { ClientId = $"sso-{organization:N}", ClientSecret = null, JoinRole = OrganizationRoles.Attendee })).EnsureSuccessStatusCode();
        var email = $"kept-{Guid.NewGuid():N}@{domain}";
        factory.Provider.NextUser = new FakeIdentity(Guid.NewGuid().ToString(), email, "Kept", EmailVerified: true);
        var flow = new ExternalSignInFlow(factory);

        await flow.WithSsoAsync(email);

        (await RoleAsync(organization, (await flow.CurrentUserAsync()).Id!.Value)).ShouldBe(OrganizationRoles.Attendee);
    }

    [Theory]
    [InlineData(OrganizationRoles.Staff)]
    [InlineData(OrganizationRoles.Attendee)]
    [InlineData(OrganizationRoles.Guest)]
    public async Task Should_refuse_single_sign_on_settings_to_members_who_do_not_manage_the_organization(string role)
    {
        var (organization, _) = await factory.CreateOrganizationAsync();
        var member = await AddMemberAsync(organization, role);

        var response = await factory.CreateClientFor(member, organization).GetAsync(Api);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_answer_404_to_the_owner_of_another_organization()
    {
        var (organization, _) = await ConfigureSsoAsync(out _, OrganizationRoles.Staff);
        var (_, stranger) = await factory.CreateOrganizationAsync();
        var client = factory.CreateClientFor(stranger);
        client.DefaultRequestHeaders.Add("X-Tenant", organization.ToString());

        var response = await client.GetAsync(Api);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, PlatformErrorCodes.TenantNotFound);
    }

    [Fact]
    public async Task Should_stop_signing_in_through_a_removed_connection()
    {
        var (organization, owner) = await ConfigureSsoAsync(out var domain, OrganizationRoles.Staff);
        (await Owner(organization, owner).DeleteAsync(Api)).EnsureSuccessStatusCode();
        var flow = new ExternalSignInFlow(factory);

        var response = await flow.WithSsoAsync($"late-{Guid.NewGuid():N}@{domain}");

        (await response.Content.ReadAsStringAsync()).ShouldContain("No organization signs in people with this e-mail address");
        (await flow.App.GetAsync($"/signin-{EnterpriseSsoConnection.SchemeOf(organization)}?code=x&state=y")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private Task<(Guid Organization, Guid Owner)> ConfigureSsoAsync(out string domain, string joinRole)
    {
        var chosen = domain = NewDomain();
        return ConfigureAsync();

        async Task<(Guid, Guid)> ConfigureAsync()
        {
            var (organization, owner) = await factory.CreateOrganizationAsync();
            var clientId = $"sso-{organization:N}";
            factory.Provider.AddClient(clientId, ExternalSignInFactory.GoogleClientSecret);
            var response = await Owner(organization, owner).PutAsJsonAsync(Api, Input([chosen]) with { ClientId = clientId, JoinRole = joinRole });
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            return (organization, owner);
        }
    }

    private UpdateEnterpriseSsoDto Input(IReadOnlyList<string> domains) =>
        new(factory.Provider.Authority, "unused-client", ExternalSignInFactory.GoogleClientSecret, domains, OrganizationRoles.Staff, IsEnabled: true);

    private HttpClient Owner(Guid organization, Guid owner) => factory.CreateClientFor(owner, organization);

    private static string NewDomain() => $"corp-{Guid.NewGuid():N}.example";

    private Task<string?> RoleAsync(Guid organization, Guid user) => factory.InTenantAsync(organization, sp =>
        sp.GetRequiredService<IdentityModuleDbContext>().Memberships.Where(m => m.UserId == user).Select(m => m.Role).FirstOrDefaultAsync());

    private Task<Guid?> SelectedOrganizationAsync(Guid user) => factory.InTenantAsync(null, async sp =>
        (await sp.GetRequiredService<UserManager<User>>().FindByIdAsync(user.ToString()))!.SelectedOrganizationId);

    private Task<Guid> AddMemberAsync(Guid organization, string role) => factory.InTenantAsync(organization, async sp =>
    {
        var user = new User(Guid.CreateVersion7(), $"member-{Guid.NewGuid():N}@example.test", "Member", DateTimeOffset.UtcNow) { EmailConfirmed = true };
        (await sp.GetRequiredService<UserManager<User>>().CreateAsync(user)).Succeeded.ShouldBeTrue();
        var db = sp.GetRequiredService<IdentityModuleDbContext>();
        db.Memberships.Add(new Membership(user.Id, role));
        await db.SaveChangesAsync();
        return user.Id;
    });
}
