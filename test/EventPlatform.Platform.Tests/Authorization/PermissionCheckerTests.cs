using System.Security.Claims;
using EventPlatform.Platform.Authorization;
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
}
