using System.Security.Claims;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests.Authorization;

/// <summary>What <c>[Authorize(permission)]</c> and <c>RequireAuthorization(permission)</c> resolve to.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PermissionPolicyTests(PlatformTestFactory factory)
{
    private Task<bool> AuthorizeAsync(Guid tenant, ClaimsPrincipal user, string policy) =>
        factory.InTenantAsync(tenant, async sp => (await sp.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, policy)).Succeeded);

    [Fact]
    public async Task Should_authorize_a_policy_named_after_a_permission_for_a_role_that_holds_it()
    {
        var owner = Principals.Member(TestData.UserA, TestData.OrgA, OrganizationRoles.Owner);

        (await AuthorizeAsync(TestData.OrgA, owner, PlatformPermissions.Settings.Manage)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_deny_a_policy_named_after_a_permission_for_a_role_that_does_not_hold_it()
    {
        var attendee = Principals.Member(TestData.UserA, TestData.OrgA, OrganizationRoles.Attendee);

        (await AuthorizeAsync(TestData.OrgA, attendee, PlatformPermissions.Settings.Manage)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_leave_names_that_are_not_permissions_to_the_default_provider()
    {
        var provider = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();

        (await provider.GetPolicyAsync("Tests.NotAPermission")).ShouldBeNull();
        (await provider.GetPolicyAsync(PlatformPermissions.AuditLog.Read)).ShouldNotBeNull();
    }
}
