using EventPlatform.Events.Events;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Public;

[Collection(EventsCollection.Name)]
public sealed class OrganizationPageTests(EventsTestFactory factory)
{
    private HttpClient Visitor => factory.CreateClientFor();

    [Fact]
    public async Task Should_show_upcoming_public_events_as_cards_linking_to_their_pages()
    {
        var (organization, owner) = await factory.NewOrganizationAsync();
        var published = await owner.CreatePublishedAsync();

        var page = await Visitor.GetDocumentAsync($"/o/{organization}");

        var link = page.QuerySelector(".pub-event-card a")!;
        link.TextContent.Trim().ShouldBe(published.Title);
        link.GetAttribute("href").ShouldBe(PublicEvents.PagePath(organization, published));
        page.QuerySelector(".empty-state").ShouldBeNull();
    }

    [Fact]
    public async Task Should_leave_unlisted_and_draft_events_off_the_organization_page()
    {
        var (organization, owner) = await factory.NewOrganizationAsync();
        await owner.CreatePublishedAsync(PublicEvents.Input(visibility: EventVisibility.Unlisted));
        await owner.CreateEventAsync(PublicEvents.Input());

        var page = await Visitor.GetDocumentAsync($"/o/{organization}");

        page.QuerySelectorAll(".pub-event-card").ShouldBeEmpty();
        page.QuerySelector(".empty-state").ShouldNotBeNull();
    }
}
