using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventPlatform.Events.Events;
using EventPlatform.Platform.Exceptions;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Events;

[Collection(EventsCollection.Name)]
public sealed class EventScheduleRulesTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_allow_a_multi_day_event()
    {
        var start = new DateTime(2027, 9, 20, 9, 0, 0);

        var created = await Admin.CreateEventAsync(EventApi.Sample(startLocal: start) with { EndLocal = start.AddDays(3).AddHours(8) });

        (created.EndsAt - created.StartsAt).ShouldBe(TimeSpan.FromDays(3) + TimeSpan.FromHours(8));
    }

    [Fact]
    public async Task Should_refuse_an_event_longer_than_31_days()
    {
        var start = new DateTime(2027, 9, 1, 9, 0, 0);

        var response = await Admin.PostAsJsonAsync(EventApi.Route, EventApi.Sample(startLocal: start) with { EndLocal = start.AddDays(32) });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.TooLong);
    }

    [Fact]
    public async Task Should_refuse_an_end_before_the_start()
    {
        var start = new DateTime(2027, 9, 1, 9, 0, 0);

        var response = await Admin.PostAsJsonAsync(EventApi.Route, EventApi.Sample(startLocal: start) with { EndLocal = start.AddHours(-1) });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.EndBeforeStart);
    }

    [Fact]
    public async Task Should_answer_400_with_the_names_of_the_invalid_fields()
    {
        var input = EventApi.Sample() with
        {
            Title = "",
            OnlineUrl = "ftp://example.test",
            Contact = new EventContactDto(Email: "not-an-address"),
            Location = new EventLocationDto("Hall", CountryCode: "DEU", Latitude: 95, Longitude: 10),
        };

        var response = await Admin.PostAsJsonAsync(EventApi.Route, input);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PlatformErrorCodes.ValidationFailed);
        var fields = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        fields.ShouldBe(["title", "onlineUrl", "location.countryCode", "location.latitude", "contact.email"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_refuse_an_unknown_time_zone()
    {
        var response = await Admin.PostAsJsonAsync(EventApi.Route, EventApi.Sample(timeZone: "Mars/Olympus_Mons"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.UnknownTimeZone);
    }
}
