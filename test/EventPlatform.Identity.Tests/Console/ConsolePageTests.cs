using System.Net;
using EventPlatform.Identity.PlatformConsole;
using EventPlatform.Identity.Tests.Gdpr;
using EventPlatform.TestBase;

namespace EventPlatform.Identity.Tests.PlatformConsole;

/// <summary>The console's Razor Pages post to the same app service as the API.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ConsolePageTests(IdentityTestFactory factory)
{
    [Fact]
    public async Task Should_create_an_organization_from_the_console_page()
    {
        var slug = $"page-{Guid.NewGuid():N}"[..20];

        var response = await PageForms.PostAsync(ConsoleOrganizations.Admin(factory), "/console/organizations/new", null,
            new Dictionary<string, string> { ["Input.Name"] = "Made in the console", ["Input.Slug"] = slug, ["Input.OwnerEmail"] = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.CreateClientFor().GetAsync($"/o/{slug}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_show_a_taken_address_as_a_field_error_on_the_create_page()
    {
        var response = await PageForms.PostAsync(ConsoleOrganizations.Admin(factory), "/console/organizations/new", null,
            new Dictionary<string, string> { ["Input.Name"] = "Copy of A", ["Input.Slug"] = TestData.OrgASlug });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain($"The address \"{TestData.OrgASlug}\" is already taken");
    }

    [Fact]
    public async Task Should_show_an_invalid_address_as_a_field_error_on_the_create_page()
    {
        var response = await PageForms.PostAsync(ConsoleOrganizations.Admin(factory), "/console/organizations/new", null,
            new Dictionary<string, string> { ["Input.Name"] = "Bad address", ["Input.Slug"] = "-Not Valid-" });

        (await response.Content.ReadAsStringAsync()).ShouldContain("Use 2 to 64 lower-case letters, digits and inner hyphens.");
    }

    [Fact]
    public async Task Should_suspend_an_organization_from_the_console_page()
    {
        var created = await ConsoleOrganizations.CreateAsync(factory);
        var admin = ConsoleOrganizations.Admin(factory);

        var response = await PageForms.PostAsync(admin, "/console", "Suspend", new Dictionary<string, string>(), $"id={created.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await admin.GetAsync($"{ConsoleOrganizations.Route}/{created.Id}")).ShouldBeOkAsync<ConsoleOrganizationDto>()).IsSuspended.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_delete_an_organization_from_the_console_page()
    {
        var created = await ConsoleOrganizations.CreateAsync(factory);

        var response = await PageForms.PostAsync(ConsoleOrganizations.Admin(factory), "/console", "Delete", new Dictionary<string, string>(), $"id={created.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.CreateClientFor().GetAsync($"/o/{created.Slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_list_only_organizations_matching_the_filter_on_the_console_page()
    {
        var html = await PageForms.GetHtmlAsync(ConsoleOrganizations.Admin(factory), $"/console?filter={TestData.OrgBSlug}");

        html.ShouldContain($"data-organization=\"{TestData.OrgBSlug}\"");
        html.ShouldNotContain($"data-organization=\"{TestData.OrgASlug}\"");
    }
}
