using System.Net;
using EventPlatform.Platform.Authorization;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.Organizations;

/// <summary>The organization pages enforce the same permissions as the API they call.</summary>
[Collection(IdentityCollection.Name)]
public sealed class OrganizationPageAccessTests(IdentityTestFactory factory)
{
    public static TheoryData<string, string, HttpStatusCode> Cases() => new()
    {
        { "/organizations/settings", OrganizationRoles.Owner, HttpStatusCode.OK },
        { "/organizations/settings", OrganizationRoles.Admin, HttpStatusCode.OK },
        { "/organizations/settings", OrganizationRoles.Staff, HttpStatusCode.Forbidden },
        { "/organizations/settings", OrganizationRoles.Guest, HttpStatusCode.Forbidden },
        { "/organizations/members", OrganizationRoles.Admin, HttpStatusCode.OK },
        { "/organizations/members", OrganizationRoles.Staff, HttpStatusCode.OK },
        { "/organizations/members", OrganizationRoles.Attendee, HttpStatusCode.Forbidden },
        { "/organizations/members", OrganizationRoles.Guest, HttpStatusCode.Forbidden },
        { "/organizations", OrganizationRoles.Guest, HttpStatusCode.OK },
        { "/organizations/new", OrganizationRoles.Attendee, HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_answer_an_organization_page_by_the_callers_role(string page, string role, HttpStatusCode expected)
    {
        var response = await factory.CreateClientForRole(role).GetAsync(page);

        response.StatusCode.ShouldBe(expected);
    }

    [Fact]
    public async Task Should_show_staff_the_members_without_the_invite_form()
    {
        var html = await factory.CreateClientForRole(OrganizationRoles.Staff).GetStringAsync("/organizations/members");

        html.ShouldContain(TestData.EmailOf(TestData.UserA));
        html.ShouldNotContain("id=\"invite-email\"");
    }

    [Fact]
    public async Task Should_show_managers_the_invite_form()
    {
        var html = await factory.CreateClientForRole(OrganizationRoles.Admin).GetStringAsync("/organizations/members");

        html.ShouldContain("id=\"invite-email\"");
    }

    [Fact]
    public async Task Should_send_an_anonymous_visitor_to_sign_in()
    {
        var client = factory.CreateClientFor();
        var request = new HttpRequestMessage(HttpMethod.Get, "/organizations");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/sign-in");
    }

    [Fact]
    public async Task Should_refuse_a_role_change_posted_by_staff_through_the_page()
    {
        var organization = await factory.NewOrganizationAsync();
        var (staff, _) = await factory.NewUserAsync();
        await factory.AddMemberAsync(organization.Id, staff, OrganizationRoles.Staff);
        var (client, _) = await CookieClients.CreateAsync(factory, staff);
        await client.PostFormAsync("/organizations", "/organizations/switch", [new("organizationId", organization.Id.ToString())]);

        var response = await client.PostFormAsync("/organizations/members", $"/organizations/members?handler=Role&id={organization.Owner}",
            [new("role", OrganizationRoles.Guest)]);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.RoleOfAsync(organization.Id, organization.Owner)).ShouldBe(OrganizationRoles.Owner);
    }
}
