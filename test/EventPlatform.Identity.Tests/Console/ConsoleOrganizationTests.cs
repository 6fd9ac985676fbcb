using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Accounts;
using EventPlatform.Identity.Data;
using EventPlatform.Identity.PlatformConsole;
using EventPlatform.Identity.Tests.Gdpr;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Authorization;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Identity.Tests.PlatformConsole;

[Collection(IdentityCollection.Name)]
public sealed class ConsoleOrganizationTests(IdentityTestFactory factory)
{
    private const string Route = ConsoleOrganizations.Route;

    [Fact]
    public async Task Should_list_organizations_with_their_member_count()
    {
        var page = await (await ConsoleOrganizations.Admin(factory).GetAsync($"{Route}?filter={TestData.OrgASlug}"))
            .ShouldBeOkAsync<PagedResult<ConsoleOrganizationDto>>();

        var orgA = page.Items.Single(o => o.Id == TestData.OrgA);
        // Other tests may add members to organization A meanwhile: compare with the rows, not the seed.
        var members = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<IdentityModuleDbContext>().Memberships.CountAsync());
        orgA.Usage[MemberUsageProvider.MetricName].ShouldBe(members);
    }

    [Fact]
    public async Task Should_log_the_cross_organization_read_as_a_host_scope_access()
    {
        await ConsoleOrganizations.Admin(factory).GetAsync($"{Route}/{TestData.OrgB}");

        (await AuditRows.ForAsync(factory, TestData.OrgB.ToString()))
            .ShouldContain(a => a.Action == AuditActions.HostScope && a.UserId == TestData.PlatformAdmin);
    }

    [Fact]
    public async Task Should_create_an_organization_whose_owner_is_the_named_account()
    {
        var owner = await PersonalDataUser.CreateAsync(factory);

        var created = await ConsoleOrganizations.CreateAsync(factory, owner.Email);

        var role = await factory.InTenantAsync(created.Id, sp => sp.GetRequiredService<ITenantMembershipChecker>().FindRoleAsync(owner.Id, created.Id));
        role.ShouldBe(OrganizationRoles.Owner);
        created.Usage[MemberUsageProvider.MetricName].ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_an_address_another_organization_has()
    {
        var response = await ConsoleOrganizations.Admin(factory).PostAsJsonAsync(Route, new CreateConsoleOrganizationInput("Copy of A", TestData.OrgASlug, null));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.SlugTaken);
    }

    [Fact]
    public async Task Should_refuse_an_owner_email_no_account_uses()
    {
        var response = await ConsoleOrganizations.Admin(factory).PostAsJsonAsync(Route,
            new CreateConsoleOrganizationInput("Nobody's", $"nobody-{Guid.NewGuid():N}"[..20], "nobody@example.test"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ConsoleErrorCodes.OwnerNotFound);
    }

    [Fact]
    public async Task Should_audit_creation_suspension_reactivation_and_deletion_in_the_organizations_own_log()
    {
        var created = await ConsoleOrganizations.CreateAsync(factory);
        var admin = ConsoleOrganizations.Admin(factory);
        await admin.PostAsync($"{Route}/{created.Id}/suspend", null);
        await admin.PostAsync($"{Route}/{created.Id}/reactivate", null);
        await admin.DeleteAsync($"{Route}/{created.Id}");

        var events = (await AuditRows.ForAsync(factory, created.Id.ToString())).Where(a => a.Action.StartsWith("Security:")).ToList();

        events.Select(a => a.Action).ShouldBe([
            SecurityActions.OrganizationCreated, SecurityActions.OrganizationSuspended,
            SecurityActions.OrganizationReactivated, SecurityActions.OrganizationDeleted]);
        events.ShouldAllBe(a => a.TenantId == created.Id && a.UserId == TestData.PlatformAdmin);
    }

    [Fact]
    public async Task Should_delete_softly_so_the_row_stays_and_the_organization_disappears()
    {
        var created = await ConsoleOrganizations.CreateAsync(factory);

        (await ConsoleOrganizations.Admin(factory).DeleteAsync($"{Route}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await factory.CreateClientFor().GetAsync($"/o/{created.Slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ConsoleOrganizations.Admin(factory).GetAsync($"{Route}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var row = await factory.InTenantAsync(null, sp => sp.GetRequiredService<IdentityModuleDbContext>().Organizations
            .IgnoreQueryFilters().AsNoTracking().SingleAsync(o => o.Id == created.Id));
        row.IsDeleted.ShouldBeTrue();
    }
}
