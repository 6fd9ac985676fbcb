using System.Security.Claims;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Authorization;

[Collection(PlatformCollection.Name)]
public sealed class PermissionCheckerTests(PlatformTestFactory factory)
{
    /// <summary>Asks the registered <see cref="IPermissionChecker"/> inside <paramref name="tenant"/> for a request signed in as <paramref name="user"/>.</summary>
    private Task<bool> IsGrantedAsync(Guid? tenant, ClaimsPrincipal user, string permission) =>
        factory.InTenantAsync(tenant, sp =>
        {
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user };
            return Task.FromResult(sp.GetRequiredService<IPermissionChecker>().IsGranted(permission));
        });

    [Theory]
    [InlineData(OrganizationRoles.Owner)]
    [InlineData(OrganizationRoles.Admin)]
    public async Task Should_grant_a_managers_permission_to_an_owner_or_admin_of_the_current_organization(string role)
    {
        (await IsGrantedAsync(TestData.OrgA, Principals.Member(TestData.UserA, TestData.OrgA, role), PlatformPermissions.AuditLog.Read)).ShouldBeTrue();
    }

    [Theory]
    [InlineData(OrganizationRoles.Staff)]
    [InlineData(OrganizationRoles.Attendee)]
    [InlineData(OrganizationRoles.Guest)]
    public async Task Should_refuse_a_managers_permission_to_other_roles(string role)
    {
        (await IsGrantedAsync(TestData.OrgA, Principals.Member(TestData.UserA, TestData.OrgA, role), PlatformPermissions.Settings.Manage)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_not_count_a_role_held_in_another_organization()
    {
        var ownerOfB = Principals.Member(TestData.UserB, TestData.OrgB, OrganizationRoles.Owner);

        (await IsGrantedAsync(TestData.OrgA, ownerOfB, PlatformPermissions.Settings.Manage)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_not_grant_an_unknown_permission_even_to_an_owner()
    {
        var owner = Principals.Member(TestData.UserA, TestData.OrgA, OrganizationRoles.Owner);

        (await IsGrantedAsync(TestData.OrgA, owner, "Platform.NoSuchPermission")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_outside_any_organization()
    {
        var owner = Principals.Member(TestData.UserA, TestData.OrgA, OrganizationRoles.Owner);

        (await IsGrantedAsync(null, owner, PlatformPermissions.AuditLog.Read)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_an_anonymous_user()
    {
        (await IsGrantedAsync(TestData.OrgA, Principals.Anonymous, PlatformPermissions.AuditLog.Read)).ShouldBeFalse();
    }

    /// <summary>An owner's scoped credential (API token) issued in <paramref name="credentialTenant"/> holding <paramref name="permissions"/>.</summary>
    private static ClaimsPrincipal ScopedCredential(Guid credentialTenant, params string[] permissions)
    {
        var owner = Principals.Member(TestData.UserA, TestData.OrgA, OrganizationRoles.Owner);
        var claims = permissions.Select(p => new Claim(TenantClaimTypes.Permission, p))
            .Append(new Claim(TenantClaimTypes.CredentialTenant, credentialTenant.ToString()));
        owner.AddIdentity(new ClaimsIdentity(claims));
        return owner;
    }

    [Fact]
    public async Task Should_grant_a_scoped_credential_a_permission_it_holds_and_its_role_grants()
    {
        var token = ScopedCredential(TestData.OrgA, PlatformPermissions.AuditLog.Read);

        (await IsGrantedAsync(TestData.OrgA, token, PlatformPermissions.AuditLog.Read)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_refuse_a_scoped_credential_a_permission_it_does_not_hold_even_when_its_role_grants_it()
    {
        var token = ScopedCredential(TestData.OrgA, PlatformPermissions.AuditLog.Read);

        (await IsGrantedAsync(TestData.OrgA, token, PlatformPermissions.Settings.Manage)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_a_scoped_credential_outside_the_organization_it_was_issued_for()
    {
        var tokenOfB = ScopedCredential(TestData.OrgB, PlatformPermissions.AuditLog.Read);

        (await IsGrantedAsync(TestData.OrgA, tokenOfB, PlatformPermissions.AuditLog.Read)).ShouldBeFalse();
    }
}
