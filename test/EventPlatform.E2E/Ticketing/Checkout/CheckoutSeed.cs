using System.Globalization;
using System.Net.Http.Json;
using EventPlatform.E2E.Infrastructure;
using EventPlatform.Events.Events;
using EventPlatform.Identity.Organizations;
using EventPlatform.Platform.Localization;
using EventPlatform.TestBase;
using EventPlatform.Ticketing;
using EventPlatform.Ticketing.Checkout;
using EventPlatform.Ticketing.Data;
using EventPlatform.Ticketing.Domain;
using EventPlatform.Ticketing.Questions;
using EventPlatform.Ticketing.TicketTypes;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.E2E.Ticketing.Checkout;

/// <summary>A branded organization with a published event and ticket types, created through the organizer APIs.</summary>
public static class CheckoutSeed
{
    public sealed record Seeded(string Organization, Guid OrganizationId, EventDto Event, TicketTypeDto Regular, TicketTypeDto Workshop,
        TicketTypeDto SoldOut, Guid DietQuestion)
    {
        public string EventPath => $"/o/{Organization}/e/{Event.Slug}";
    }

    public static async Task<Seeded> SeedTicketedEventAsync(this E2EFactory app)
    {
        var slug = "fabrikam-" + Guid.NewGuid().ToString("N")[..8];
        var organization = await (await Client(app, TestData.UserA, null)
                .PostAsJsonAsync("api/identity/my-organizations", new CreateOrganizationInput("Fabrikam Events", slug)))
            .ShouldBeOkAsync<MyOrganizationDto>();
        var owner = Client(app, TestData.UserA, organization.Id);
        (await owner.PutAsJsonAsync("api/identity/organization-settings",
                new UpdateOrganizationSettingsInput("Fabrikam Events", "#0f766e", "#b45309", null, null, "Europe/Berlin", "EUR", "en")))
            .EnsureSuccessStatusCode();

        var start = new DateTime(DateTime.UtcNow.Year + 1, 5, 12, 9, 0, 0);
        var input = new EventInput("Fabrikam Cloud Day", EventType.Conference, EventFormat.InPerson, start, start.AddHours(9), "Europe/Berlin",
            Summary: "A day of talks on running software in the cloud.",
            DescriptionMarkdown: "Talks, a hands-on workshop and a hallway track.",
            Location: new EventLocationDto("Alte Feuerwache", "Melchiorstraße 3", "Köln", "50670", "DE", null, null));
        var created = await (await owner.PostAsJsonAsync("api/events/event", input)).ShouldBeOkAsync<EventDto>();
        var published = await (await owner.PostAsync($"api/events/event/{created.Id}/publish", null)).ShouldBeOkAsync<EventDto>();

        var regular = await CreateTicketTypeAsync(owner, published.Id, new TicketTypeInput("Regular", 0m, "EUR", 200,
            "Access to all talks and the hallway track.", SortOrder: 1));
        var workshop = await CreateTicketTypeAsync(owner, published.Id, new TicketTypeInput("Workshop pass", 149m, "EUR", 5,
            "Talks plus the afternoon workshop.", SortOrder: 2, MaxPerOrder: 4));
        var soldOut = await CreateTicketTypeAsync(owner, published.Id, new TicketTypeInput("Early bird", 0m, "EUR", 1, SortOrder: 0));
        // Someone else holds the only early-bird ticket.
        (await Client(app, null, null).PostAsJsonAsync($"api/ticketing/public/{slug}/events/{published.Slug}/reservations",
            new ReserveInput([new ReservationLineInput(soldOut.Id, 1)]))).EnsureSuccessStatusCode();

        var diet = await AddQuestionAsync(app, organization.Id, published.Id);
        return new Seeded(slug, organization.Id, published, regular, workshop, soldOut, diet);
    }

    private static async Task<TicketTypeDto> CreateTicketTypeAsync(HttpClient owner, Guid eventId, TicketTypeInput input) =>
        await (await owner.PostAsJsonAsync($"api/ticketing/events/{eventId}/ticket-types", input)).ShouldBeOkAsync<TicketTypeDto>();

    /// <summary>The questions API is another part of the module; the question goes straight through the domain.</summary>
    private static Task<Guid> AddQuestionAsync(E2EFactory app, Guid organization, Guid eventId) =>
        app.InTenantAsync(organization, async sp =>
        {
            var db = sp.GetRequiredService<TicketingDbContext>();
            var question = new Question(eventId, "Dietary requirements", QuestionType.Choice, QuestionScope.Attendee);
            question.Change(QuestionType.Choice, QuestionScope.Attendee, isRequired: true, ["None", "Vegetarian", "Vegan"], [], 0);
            db.Questions.Add(question);
            await db.SaveChangesAsync();
            return question.Id;
        });

    // The factory's clients default to http://localhost; the E2E host listens on its own loopback port.
    internal static HttpClient Client(E2EFactory app, Guid? user, Guid? organization)
    {
        var client = app.CreateClientFor(user, organization);
        client.BaseAddress = new Uri(app.BaseUrl);
        return client;
    }

    /// <summary>A text of the Ticketing module's resource, as its pages show it in <paramref name="culture"/>.</summary>
    public static string TicketingText(this E2EFactory app, string culture, string key, params object[] arguments)
    {
        var text = app.Services.GetRequiredService<JsonLocalizationStore>().Find(typeof(TicketingResource), key, CultureInfo.GetCultureInfo(culture));
        text.ShouldNotBeNull($"Localization/Ticketing/{culture}.json has no text {key}");
        return string.Format(CultureInfo.GetCultureInfo(culture), text, arguments);
    }
}
