using System.Net;
using System.Net.Http.Json;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Organizations;

[Collection(IdentityCollection.Name)]
public sealed class CreateOrganizationTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_make_the_creator_the_owner_of_the_new_organization()
    {
        var organization = await factory.NewOrganizationAsync();

        (await factory.RoleOfAsync(organization.Id, organization.Owner)).ShouldBe(OrganizationRoles.Owner);
    }

    [Fact]
    public async Task Should_select_the_new_organization_for_its_creator()
    {
        var organization = await factory.NewOrganizationAsync();

        (await factory.SelectedOrganizationOfAsync(organization.Owner)).ShouldBe(organization.Id);
    }

    [Fact]
    public async Task Should_list_the_new_organization_among_my_organizations()
    {
        var organization = await factory.NewOrganizationAsync();

        var mine = await (await factory.CreateClientFor(organization.Owner).GetAsync(OrganizationsApi.MyOrganizations))
            .ShouldBeOkAsync<List<MyOrganizationDto>>();

        mine.ShouldHaveSingleItem().ShouldBe(new MyOrganizationDto(organization.Id, organization.Slug, "Test Org " + organization.Slug, OrganizationRoles.Owner, true));
    }

    [Fact]
    public async Task Should_refuse_a_slug_that_another_organization_has_with_slug_taken()
    {
        var (user, _) = await factory.NewUserAsync();

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(OrganizationsApi.MyOrganizations, new CreateOrganizationInput("Copy", TestData.OrgASlug));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.SlugTaken);
    }

    [Fact]
    public async Task Should_refuse_a_slug_with_upper_case_letters_or_spaces_with_400()
    {
        var (user, _) = await factory.NewUserAsync();

        var response = await factory.CreateClientFor(user).PostAsJsonAsync(OrganizationsApi.MyOrganizations, new CreateOrganizationInput("Bad", "Bad Slug"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_answer_401_to_an_anonymous_caller_creating_an_organization()
    {
        var response = await factory.CreateClientFor().PostAsJsonAsync(OrganizationsApi.MyOrganizations, new CreateOrganizationInput("Anon", "anon-org"));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_write_organization_created_to_the_audit_log()
    {
        var organization = await factory.NewOrganizationAsync();

        (await AuditRows.ActionsForAsync(factory, organization.Id)).ShouldContain(global::EventPlatform.Identity.Accounts.SecurityActions.OrganizationCreated);
    }
}
