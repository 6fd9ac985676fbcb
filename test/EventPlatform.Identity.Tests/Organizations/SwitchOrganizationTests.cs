using System.Net;
using EventPlatform.Platform.Application;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Organizations;

[Collection(IdentityCollection.Name)]
public sealed class SwitchOrganizationTests(IdentityTestFactory factory)
{
    private const string Configuration = "api/platform/application-configuration";

    [Fact]
    public async Task Should_store_the_selected_organization_of_a_member()
    {
        var first = await factory.NewOrganizationAsync();
        var second = await factory.NewOrganizationAsync();
        await factory.AddMemberAsync(second.Id, first.Owner, OrganizationRoles.Staff);

        var response = await factory.CreateClientFor(first.Owner).PostAsync($"{OrganizationsApi.MyOrganizations}/{second.Id}/select", null);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.SelectedOrganizationOfAsync(first.Owner)).ShouldBe(second.Id);
    }

    [Fact]
    public async Task Should_switch_the_cookie_sign_in_to_the_chosen_organization_from_the_header()
    {
        var first = await factory.NewOrganizationAsync();
        var second = await factory.NewOrganizationAsync();
        await factory.AddMemberAsync(second.Id, first.Owner, OrganizationRoles.Staff);
        var (client, _) = await CookieClients.CreateAsync(factory, first.Owner);
        (await (await client.GetAsync(Configuration)).ShouldBeOkAsync<ApplicationConfigurationDto>()).CurrentTenant.Id.ShouldBe(first.Id);

        var response = await client.PostFormAsync("/organizations", "/organizations/switch",
            [new("organizationId", second.Id.ToString()), new("returnUrl", "/organizations/members")]);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/organizations/members");
        (await (await client.GetAsync(Configuration)).ShouldBeOkAsync<ApplicationConfigurationDto>()).CurrentTenant.Id.ShouldBe(second.Id);
    }

    [Fact]
    public async Task Should_not_redirect_to_another_site_after_switching()
    {
        var organization = await factory.NewOrganizationAsync();
        var (client, _) = await CookieClients.CreateAsync(factory, organization.Owner);

        var response = await client.PostFormAsync("/organizations", "/organizations/switch",
            [new("organizationId", organization.Id.ToString()), new("returnUrl", "https://evil.example/")]);

        response.Headers.Location!.ToString().ShouldBe("/organizations");
    }

    [Fact]
    public async Task Should_list_every_organization_of_the_user_in_the_header_switcher()
    {
        var first = await factory.NewOrganizationAsync();
        var second = await factory.NewOrganizationAsync();
        await factory.AddMemberAsync(second.Id, first.Owner, OrganizationRoles.Guest);

        var html = await factory.CreateClientFor(first.Owner, first.Id).GetStringAsync("/");

        html.ShouldContain($"name=\"organizationId\" value=\"{first.Id}\"");
        html.ShouldContain($"name=\"organizationId\" value=\"{second.Id}\"");
    }
}
