using System.Xml.Linq;
using EventPlatform.Events.Events;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Public;

[Collection(EventsCollection.Name)]
public sealed class SitemapTests(EventsTestFactory factory)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private async Task<XDocument> GetSitemapAsync(string organization)
    {
        var response = await factory.CreateClientFor().GetAsync($"/o/{organization}/sitemap.xml");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xml");
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static List<string> Locations(XDocument sitemap) =>
        sitemap.Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();

    [Fact]
    public async Task Should_list_the_organization_page_and_its_public_events_with_lastmod()
    {
        var (organization, owner) = await factory.NewOrganizationAsync();
        var published = await owner.CreatePublishedAsync();

        var sitemap = await GetSitemapAsync(organization);

        sitemap.Root!.Name.ShouldBe(Ns + "urlset");
        var urls = Locations(sitemap);
        urls.Count.ShouldBe(2);
        urls[0].ShouldEndWith($"/o/{organization}");
        urls[1].ShouldEndWith($"/o/{organization}/e/{published.Slug}");
        sitemap.Root.Elements(Ns + "url").ShouldAllBe(u => DateTimeOffset.Parse(u.Element(Ns + "lastmod")!.Value) > DateTimeOffset.UtcNow.AddHours(-1));
    }

    [Fact]
    public async Task Should_leave_unlisted_hidden_and_draft_events_out_of_the_sitemap()
    {
        var (organization, owner) = await factory.NewOrganizationAsync();
        await owner.CreatePublishedAsync(PublicEvents.Input(visibility: EventVisibility.Unlisted));
        await owner.CreatePublishedAsync(PublicEvents.Input(hidden: true));
        await owner.CreateEventAsync(PublicEvents.Input());

        var urls = Locations(await GetSitemapAsync(organization));

        urls.ShouldHaveSingleItem().ShouldEndWith($"/o/{organization}");
    }
}
