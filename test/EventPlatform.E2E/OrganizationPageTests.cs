using EventPlatform.E2E.Infrastructure;
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
        var page = await NewPageAsync(locale: "de-DE");

        await page.GotoAsync($"/o/{TestData.OrgASlug}");

        (await page.Locator("#events-heading").TextContentAsync()).ShouldBe(App.Text("de", "Organization:UpcomingEvents"));
        (await page.Locator(".empty-state__title").TextContentAsync()).ShouldBe(App.Text("de", "Organization:NoEvents"));
    }
}
