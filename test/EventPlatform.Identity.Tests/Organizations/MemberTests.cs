using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Organizations;

[Collection(IdentityCollection.Name)]
public sealed class MemberTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_list_the_members_of_the_current_organization_with_their_roles()
    {
        var organization = await factory.NewOrganizationAsync();
        var (staff, email) = await factory.NewUserAsync("Sam Staff");
        await factory.AddMemberAsync(organization.Id, staff, OrganizationRoles.Staff);

        var members = await (await organization.OwnerClient.GetAsync(OrganizationsApi.Members)).ShouldBeOkAsync<List<MemberDto>>();

        members.Select(m => (m.UserId, m.Role)).OrderBy(m => m.Role)
            .ShouldBe([(organization.Owner, OrganizationRoles.Owner), (staff, OrganizationRoles.Staff)]);
        members.Single(m => m.UserId == staff).Email.ShouldBe(email);
    }

    [Fact]
    public async Task Should_change_a_members_role()
    {
        var organization = await factory.NewOrganizationAsync();
        var (member, _) = await factory.NewUserAsync();
        await factory.AddMemberAsync(organization.Id, member, OrganizationRoles.Attendee);

        var changed = await (await organization.OwnerClient.PutAsJsonAsync($"{OrganizationsApi.Members}/{member}/role", new ChangeRoleInput(OrganizationRoles.Admin)))
            .ShouldBeOkAsync<MemberDto>();

        changed.Role.ShouldBe(OrganizationRoles.Admin);
        (await factory.RoleOfAsync(organization.Id, member)).ShouldBe(OrganizationRoles.Admin);
    }

    [Fact]
    public async Task Should_refuse_to_demote_the_last_owner_with_last_owner()
    {
        var organization = await factory.NewOrganizationAsync();

        var response = await organization.OwnerClient.PutAsJsonAsync($"{OrganizationsApi.Members}/{organization.Owner}/role", new ChangeRoleInput(OrganizationRoles.Admin));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.LastOwner);
    }

    [Fact]
    public async Task Should_refuse_to_let_the_last_owner_leave_with_last_owner()
    {
        var organization = await factory.NewOrganizationAsync();

        var response = await organization.OwnerClient.PostAsync($"{OrganizationsApi.MyOrganizations}/{organization.Id}/leave", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.LastOwner);
    }

    [Fact]
    public async Task Should_refuse_to_remove_the_last_owner_with_last_owner()
    {
        var organization = await factory.NewOrganizationAsync();

        var response = await organization.OwnerClient.DeleteAsync($"{OrganizationsApi.Members}/{organization.Owner}");

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.LastOwner);
    }

    [Fact]
    public async Task Should_let_an_owner_leave_when_another_owner_remains()
    {
        var organization = await factory.NewOrganizationAsync();
        var (second, _) = await factory.NewUserAsync();
        await factory.AddMemberAsync(organization.Id, second, OrganizationRoles.Owner);

        var response = await organization.OwnerClient.PostAsync($"{OrganizationsApi.MyOrganizations}/{organization.Id}/leave", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        (await factory.RoleOfAsync(organization.Id, organization.Owner)).ShouldBeNull();
    }

    [Fact]
    public async Task Should_keep_one_owner_when_two_owners_demote_each_other_at_the_same_time()
    {
        var organization = await factory.NewOrganizationAsync();
        var (second, _) = await factory.NewUserAsync();
        await factory.AddMemberAsync(organization.Id, second, OrganizationRoles.Owner);
        var secondClient = factory.CreateClientFor(second, organization.Id);

        var responses = await Task.WhenAll(
            organization.OwnerClient.PutAsJsonAsync($"{OrganizationsApi.Members}/{second}/role", new ChangeRoleInput(OrganizationRoles.Admin)),
            secondClient.PutAsJsonAsync($"{OrganizationsApi.Members}/{organization.Owner}/role", new ChangeRoleInput(OrganizationRoles.Admin)));

        responses.Count(r => r.IsSuccessStatusCode).ShouldBe(1);
        var roles = new[] { await factory.RoleOfAsync(organization.Id, organization.Owner), await factory.RoleOfAsync(organization.Id, second) };
        roles.Count(r => r == OrganizationRoles.Owner).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_an_admin_making_someone_owner_with_only_owners_manage_owners()
    {
        var organization = await factory.NewOrganizationAsync();
        var (admin, _) = await factory.NewUserAsync();
        var (staff, _) = await factory.NewUserAsync();
        await factory.AddMemberAsync(organization.Id, admin, OrganizationRoles.Admin);
        await factory.AddMemberAsync(organization.Id, staff, OrganizationRoles.Staff);

        var response = await factory.CreateClientFor(admin, organization.Id)
            .PutAsJsonAsync($"{OrganizationsApi.Members}/{staff}/role", new ChangeRoleInput(OrganizationRoles.Owner));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, IdentityErrorCodes.OnlyOwnersManageOwners);
    }

    [Fact]
    public async Task Should_remove_a_member_who_then_loses_access_at_once()
    {
        var organization = await factory.NewOrganizationAsync();
        var (admin, _) = await factory.NewUserAsync();
        await factory.AddMemberAsync(organization.Id, admin, OrganizationRoles.Admin);
        var adminClient = factory.CreateClientFor(admin, organization.Id);
        (await adminClient.GetAsync(OrganizationsApi.Members)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await organization.OwnerClient.DeleteAsync($"{OrganizationsApi.Members}/{admin}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.RoleOfAsync(organization.Id, admin)).ShouldBeNull();

        (await adminClient.GetAsync(OrganizationsApi.Members)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_write_role_changed_to_the_audit_log()
    {
        var organization = await factory.NewOrganizationAsync();
        var (member, _) = await factory.NewUserAsync();
        await factory.AddMemberAsync(organization.Id, member, OrganizationRoles.Guest);

        await organization.OwnerClient.PutAsJsonAsync($"{OrganizationsApi.Members}/{member}/role", new ChangeRoleInput(OrganizationRoles.Staff));

        (await AuditRows.ActionsForAsync(factory, organization.Id)).ShouldContain(global::EventPlatform.Identity.Accounts.SecurityActions.RoleChanged);
    }
}
