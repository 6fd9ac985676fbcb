using System.Net;
using System.Net.Http.Headers;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.PlatformConsole;

/// <summary>Only platform administrators reach the console; organization roles, even Owner, do not.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ConsoleAuthorizationTests(IdentityTestFactory factory)
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", ConsoleOrganizations.Route },
        { "GET", $"{ConsoleOrganizations.Route}/{TestData.OrgB}" },
        { "POST", ConsoleOrganizations.Route },
        { "POST", $"{ConsoleOrganizations.Route}/{TestData.OrgB}/suspend" },
        { "POST", $"{ConsoleOrganizations.Route}/{TestData.OrgB}/reactivate" },
        { "DELETE", $"{ConsoleOrganizations.Route}/{TestData.OrgB}" },
    };

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "POST" ? new StringContent("""{"name":"X","slug":"x-org","ownerEmail":null}""", MediaTypeHeaderValue.Parse("application/json")) : null,
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Should_answer_403_to_an_organization_owner_on_every_console_route(string method, string path)
    {
        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).SendAsync(Request(method, path));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Should_answer_401_to_anonymous_callers_on_every_console_route(string method, string path)
    {
        var response = await factory.CreateClientFor().SendAsync(Request(method, path));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/console")]
    [InlineData("/console/organizations/new")]
    public async Task Should_answer_403_to_an_organization_admin_on_the_console_pages(string path)
    {
        var response = await factory.CreateClientFor(TestData.AdminA, TestData.OrgA).GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/console")]
    [InlineData("/console/organizations/new")]
    public async Task Should_show_the_console_pages_to_the_platform_administrator(string path)
    {
        var response = await factory.CreateClientFor(TestData.PlatformAdmin).GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
