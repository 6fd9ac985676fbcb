using System.Net.Http.Json;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.Identity.Organizations;
using EventPlatform.TestBase;

namespace EventPlatform.E2E;

public sealed class OrganizationPageTests(E2EFactory app, BrowserFixture browser) : BrowserTest(app, browser)
{
    [Fact]
    public async Task Should_show_the_organization_name_on_its_page()
    {
        var page = await NewPageAsync();

        var response = await page.GotoAsync($"/o/{TestData.OrgASlug}");

        response!.Status.ShouldBe(200);
        (await page.Locator("h1").TextContentAsync()).ShouldBe("Organization A");
        (await page.TitleAsync()).ShouldStartWith("Organization A");
    }

    [Fact]
    public async Task Should_show_each_organization_its_own_name()
    {
        var page = await NewPageAsync();

        await page.GotoAsync($"/o/{TestData.OrgBSlug}");

        (await page.Locator("h1").TextContentAsync()).ShouldBe("Organization B");
    }

    [Fact]
    public async Task Should_say_that_no_events_are_published_yet()
    {
        // A new organization: other browser tests publish events in organization A.
        var slug = "quiet-" + Guid.NewGuid().ToString("N")[..8];
        var client = App.CreateClientFor(TestData.UserA);
        client.BaseAddress = new Uri(App.BaseUrl);
        (await client.PostAsJsonAsync("api/identity/my-organizations", new CreateOrganizationInput("Quiet Org", slug))).EnsureSuccessStatusCode();
        var page = await NewPageAsync(locale: "de-DE");

        await page.GotoAsync($"/o/{slug}");

        (await page.Locator("#events-heading").TextContentAsync()).ShouldBe(App.Text("de", "Organization:UpcomingEvents"));
        (await page.Locator(".empty-state__title").TextContentAsync()).ShouldBe(App.Text("de", "Organization:NoEvents"));
    }
}
