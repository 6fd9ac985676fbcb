using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Tests.Sessions;
using System.Text.Json;
using EventPlatform.Events.Events;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Public;

[Collection(EventsCollection.Name)]
public sealed class PublicEventPageTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private HttpClient Visitor => factory.CreateClientFor();

    [Fact]
    public async Task Should_show_the_event_page_to_a_visitor()
    {
        var published = await Admin.CreatePublishedAsync();

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        page.QuerySelector("h1")!.TextContent.ShouldBe(published.Title);
        page.Title.ShouldStartWith(published.Title);
        page.QuerySelector(".pub-prose strong")!.TextContent.ShouldBe("data");
    }

    [Fact]
    public async Task Should_answer_404_for_the_page_of_a_draft()
    {
        var draft = await Admin.CreateEventAsync(PublicEvents.Input());

        var response = await Visitor.GetAsync(PublicEvents.PagePath(TestData.OrgASlug, draft));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_for_the_page_of_an_event_of_another_organization()
    {
        var published = await Admin.CreatePublishedAsync();

        var response = await Visitor.GetAsync(PublicEvents.PagePath(TestData.OrgBSlug, published));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_give_the_page_a_canonical_url_and_open_graph_and_twitter_tags()
    {
        var published = await Admin.CreatePublishedAsync();

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        canonical.ShouldEndWith($"/o/{TestData.OrgASlug}/e/{published.Slug}");
        Uri.IsWellFormedUriString(canonical, UriKind.Absolute).ShouldBeTrue();
        page.Meta("meta[name=description]").ShouldBe("Two days about data.");
        page.Meta("meta[property='og:title']").ShouldBe(published.Title);
        page.Meta("meta[property='og:url']").ShouldBe(canonical);
        page.Meta("meta[property='og:description']").ShouldBe("Two days about data.");
        page.Meta("meta[name='twitter:card']").ShouldBe("summary");
        page.Meta("meta[name='twitter:title']").ShouldBe(published.Title);
    }

    [Fact]
    public async Task Should_let_search_engines_index_a_public_event()
    {
        var published = await Admin.CreatePublishedAsync();

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        page.QuerySelector("meta[name=robots]").ShouldBeNull();
    }

    [Fact]
    public async Task Should_mark_an_event_hidden_from_search_engines_noindex()
    {
        var hidden = await Admin.CreatePublishedAsync(PublicEvents.Input(hidden: true));

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, hidden));

        page.Meta("meta[name=robots]").ShouldBe("noindex");
    }

    [Fact]
    public async Task Should_mark_an_unlisted_event_noindex()
    {
        var unlisted = await Admin.CreatePublishedAsync(PublicEvents.Input(visibility: EventVisibility.Unlisted));

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, unlisted));

        page.Meta("meta[name=robots]").ShouldBe("noindex");
    }

    [Fact]
    public async Task Should_embed_schema_org_event_json_ld_with_dates_in_the_event_offset()
    {
        var published = await Admin.CreatePublishedAsync();

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        json.GetProperty("@context").GetString().ShouldBe("https://schema.org");
        json.GetProperty("@type").GetString().ShouldBe("Event");
        json.GetProperty("name").GetString().ShouldBe(published.Title);
        // 09:00 in Berlin in June is summer time.
        json.GetProperty("startDate").GetString().ShouldBe($"{PublicEvents.NextYear:yyyy}-06-10T09:00:00+02:00");
        json.GetProperty("endDate").GetString().ShouldBe($"{PublicEvents.NextYear:yyyy}-06-10T17:00:00+02:00");
        json.GetProperty("eventAttendanceMode").GetString().ShouldBe("https://schema.org/OfflineEventAttendanceMode");
        json.GetProperty("eventStatus").GetString().ShouldBe("https://schema.org/EventScheduled");
        var location = json.GetProperty("location");
        location.GetProperty("@type").GetString().ShouldBe("Place");
        location.GetProperty("address").GetProperty("addressLocality").GetString().ShouldBe("Köln");
        location.GetProperty("geo").GetProperty("latitude").GetDouble().ShouldBe(50.94);
        json.GetProperty("organizer").GetProperty("name").GetString().ShouldBe("Organization A");
        json.GetProperty("organizer").GetProperty("url").GetString()!.ShouldEndWith($"/o/{TestData.OrgASlug}");
    }

    [Fact]
    public async Task Should_describe_an_online_event_with_a_virtual_location_without_its_url()
    {
        var input = PublicEvents.Input() with { Format = EventFormat.Online, Location = null, OnlineUrl = "https://meet.example.test/secret-room-0815" };
        var published = await Admin.CreatePublishedAsync(input);

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        json.GetProperty("eventAttendanceMode").GetString().ShouldBe("https://schema.org/OnlineEventAttendanceMode");
        json.GetProperty("location").GetProperty("@type").GetString().ShouldBe("VirtualLocation");
        json.GetProperty("location").TryGetProperty("url", out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_keep_a_title_with_a_script_end_tag_inside_the_json_ld()
    {
        var title = "Hack </script><script>alert(1)</script> night";
        var published = await Admin.CreatePublishedAsync(PublicEvents.Input(title));

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        scripts.Length.ShouldBe(1);
        JsonDocument.Parse(scripts[0].TextContent).RootElement.GetProperty("name").GetString().ShouldBe(title);
        page.QuerySelectorAll("script").ShouldNotContain(s => s.TextContent.Contains("alert(1)") && s.GetAttribute("type") != "application/ld+json");
    }

    [Fact]
    public async Task Should_never_show_the_online_url_on_the_page()
    {
        var input = PublicEvents.Input() with { Format = EventFormat.Hybrid, OnlineUrl = "https://meet.example.test/secret-room-4242" };
        var published = await Admin.CreatePublishedAsync(input);

        var html = await (await Visitor.GetAsync(PublicEvents.PagePath(TestData.OrgASlug, published))).Content.ReadAsStringAsync();

        html.ShouldContain(published.Title);
        html.ShouldNotContain("secret-room-4242");
    }

    [Fact]
    public async Task Should_show_the_agenda_by_day_with_speakers_and_cancelled_sessions()
    {
        var published = await Admin.CreatePublishedAsync(PublicEvents.Input() with { EndLocal = PublicEvents.NextYear.AddDays(1).AddHours(8) });
        await factory.AddSessionAsync(TestData.OrgA, published, "Opening", published.StartsAt, room: "Hall 1", speaker: "Ada Lovelace");
        await factory.AddSessionAsync(TestData.OrgA, published, "Day two keynote", published.StartsAt.AddDays(1), cancelled: true);

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        page.QuerySelectorAll(".pub-agenda__day time").Select(t => t.GetAttribute("datetime"))
            .ShouldBe([$"{PublicEvents.NextYear:yyyy}-06-10", $"{PublicEvents.NextYear:yyyy}-06-11"]);
        page.QuerySelector(".pub-session")!.TextContent.ShouldContain("Ada Lovelace");
        page.QuerySelector(".pub-session--cancelled .pub-session__title")!.TextContent.ShouldContain("Day two keynote");
        page.QuerySelector("#speakers .pub-speaker__name")!.TextContent.ShouldBe("Ada Lovelace");
    }

    [Fact]
    public async Task Should_show_the_time_zone_and_link_the_place_to_openstreetmap()
    {
        var published = await Admin.CreatePublishedAsync();

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        page.QuerySelector(".pub-facts__zone")!.TextContent.ShouldContain("Europe/Berlin (UTC+02:00)");
        page.QuerySelectorAll("a[href^='https://www.openstreetmap.org/']").ShouldNotBeEmpty();
        // Nothing is loaded from another host: every image, script and style is local.
        page.QuerySelectorAll("img[src^='http'], script[src^='http'], link[rel=stylesheet][href^='http']").ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_offer_ics_google_and_outlook_links()
    {
        var published = await Admin.CreatePublishedAsync();

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        var links = page.QuerySelectorAll(".pub-calendar a").Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldContain($"/o/{TestData.OrgASlug}/e/{published.Slug}/calendar.ics");
        var google = links.Single(l => l.StartsWith("https://calendar.google.com/calendar/render?"));
        google.ShouldContain($"dates={PublicEvents.NextYear:yyyy}0610T070000Z%2F{PublicEvents.NextYear:yyyy}0610T150000Z");
        google.ShouldContain("ctz=Europe%2FBerlin");
        links.ShouldContain(l => l.StartsWith("https://outlook.live.com/calendar/0/action/compose?") && l.Contains($"startdt={PublicEvents.NextYear:yyyy}-06-10T07%3A00%3A00Z"));
    }

    [Fact]
    public async Task Should_show_the_photo_a_speaker_uploaded()
    {
        var published = await Admin.CreatePublishedAsync();
        var speaker = await Admin.CreateSpeakerAsync("Grace Hopper");
        var photo = new ByteArrayContent(Sessions.AgendaApi.Png());
        photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        var withPhoto = await (await Admin.PostAsync($"{Sessions.AgendaApi.Speakers}/{speaker.Id}/photo",
            new MultipartFormDataContent { { photo, "photo", "grace.png" } })).ShouldBeOkAsync<EventPlatform.Events.Speakers.SpeakerDto>();
        var session = await Admin.CreateSessionAsync(published.Id, Sessions.AgendaApi.Session() with { StartLocal = published.StartLocal.AddHours(1), EndLocal = published.StartLocal.AddHours(2) });
        (await Admin.PostAsJsonAsync($"{Sessions.AgendaApi.Sessions}/{session.Id}/set-speakers", new[] { new EventPlatform.Events.Sessions.SessionSpeakerInput(speaker.Id) }))
            .EnsureSuccessStatusCode();

        var page = await Visitor.GetDocumentAsync(PublicEvents.PagePath(TestData.OrgASlug, published));

        var image = page.QuerySelector($"#speaker-{speaker.Id} img.pub-speaker__photo");
        image.ShouldNotBeNull();
        var served = await Visitor.GetAsync(image.GetAttribute("src"));
        served.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        withPhoto.PhotoUrl.ShouldNotBeNull();
    }
}
