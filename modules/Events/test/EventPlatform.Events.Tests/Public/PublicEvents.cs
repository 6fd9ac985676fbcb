using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Tests.Events;
using EventPlatform.Identity.Organizations;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Tests.Public;

/// <summary>Builds what visitors look at: events created and published through the organizer API, pages fetched anonymously.</summary>
public static class PublicEvents
{
    public static readonly DateTime NextYear = new(DateTime.UtcNow.Year + 1, 6, 10, 9, 0, 0);

    /// <summary>A fresh organization owned by <see cref="TestData.UserA"/>, so its lists hold only what the test put there.</summary>
    public static async Task<(string Slug, HttpClient Owner)> NewOrganizationAsync(this EventsTestFactory factory)
    {
        var slug = "pub-" + Guid.NewGuid().ToString("N")[..10];
        var created = await (await factory.CreateClientFor(TestData.UserA)
                .PostAsJsonAsync("api/identity/my-organizations", new CreateOrganizationInput("Northwind Events", slug)))
            .ShouldBeOkAsync<MyOrganizationDto>();
        return (created.Slug, factory.CreateClientFor(TestData.UserA, created.Id));
    }

    public static EventInput Input(string? title = null, EventVisibility visibility = EventVisibility.Public, bool hidden = false) =>
        EventApi.Sample(title ?? "Public Summit " + Guid.NewGuid().ToString("N")[..6], NextYear) with
        {
            Visibility = visibility,
            HideFromSearchEngines = hidden,
            Tags = ["data", "cloud"],
            Contact = new EventContactDto("Ana Organizer", "ana@example.test", "+49 221 123456"),
            CustomFields = [new CustomFieldDto("Dress code", "Casual")],
        };

    public static async Task<EventDto> CreatePublishedAsync(this HttpClient organizer, EventInput? input = null)
    {
        var created = await organizer.CreateEventAsync(input ?? Input());
        return await organizer.PostEventActionAsync(created.Id, "publish");
    }

    /// <summary>Adds a session (with one speaker) straight through the domain: the agenda API is another area's work.</summary>
    public static Task<Guid> AddSessionAsync(this EventsTestFactory factory, Guid organization, EventDto e, string title, DateTimeOffset startsAt,
        string? room = null, string? speaker = null, bool cancelled = false) =>
        factory.InTenantAsync(organization, async sp =>
        {
            var db = sp.GetRequiredService<EventsDbContext>();
            var session = new Session(e.Id, title, startsAt, startsAt.AddHours(1));
            session.Change(title, "Hands-on **session**.", room, null, ["talk"]);
            if (speaker is not null)
            {
                var person = new Speaker(speaker);
                person.Change(speaker, "Engineer", "Contoso", "Builds *things*.", []);
                db.Speakers.Add(person);
                session.SetSpeakers([(person.Id, SpeakerRole.Speaker)]);
            }

            if (cancelled) session.Cancel("Speaker ill");
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });

    public static async Task<Guid> OrganizationIdAsync(this EventsTestFactory factory, string slug) =>
        await factory.InTenantAsync(null, async sp =>
            (await sp.GetRequiredService<EventPlatform.Platform.MultiTenancy.ITenantStore>().FindBySlugAsync(slug))!.Id);

    public static string PagePath(string organization, EventDto e) => $"/o/{organization}/e/{e.Slug}";

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient visitor, string path)
    {
        var response = await visitor.GetAsync(path);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, path);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public static string? Meta(this IHtmlDocument document, string selector) =>
        document.QuerySelector(selector)?.GetAttribute("content");
}
