using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Events.Series;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Series;

[Collection(EventsCollection.Name)]
public sealed class SeriesEditTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_change_only_the_edited_occurrence_and_detach_it()
    {
        var (series, events) = await WeeklySeriesAsync(4);
        var second = events[1];

        await UpdateAsync(second, second.Title + " (moved)", second.StartLocal.AddHours(1), "ThisOccurrence");

        var after = await SeriesAsync(series.Id);
        after.Occurrences[1].IsDetached.ShouldBeTrue();
        after.Occurrences[1].Title.ShouldEndWith("(moved)");
        after.Occurrences.Where((_, i) => i != 1).ShouldAllBe(o => !o.Title.EndsWith("(moved)"));
        (await GetAsync(events[2].Id)).StartLocal.ShouldBe(events[2].StartLocal);
    }

    [Fact]
    public async Task Should_change_this_and_following_occurrences_at_their_own_dates()
    {
        var (series, events) = await WeeklySeriesAsync(4);
        var second = events[1];

        await UpdateAsync(second, "Renamed meetup", second.StartLocal.AddMinutes(30), "ThisAndFollowing");

        var after = await SeriesAsync(series.Id);
        after.Occurrences.Select(o => o.Title).ShouldBe([events[0].Title, "Renamed meetup", "Renamed meetup", "Renamed meetup"]);
        var fourth = await GetAsync(events[3].Id);
        fourth.StartLocal.ShouldBe(events[3].StartLocal.AddMinutes(30));
        fourth.EndLocal.ShouldBe(events[3].EndLocal.AddMinutes(30));
        (await GetAsync(events[0].Id)).StartLocal.ShouldBe(events[0].StartLocal);
    }

    [Fact]
    public async Task Should_leave_detached_occurrences_alone_when_editing_this_and_following()
    {
        var (_, events) = await WeeklySeriesAsync(4);
        await UpdateAsync(events[2], "Special edition", events[2].StartLocal, "ThisOccurrence");

        await UpdateAsync(events[1], "Renamed meetup", events[1].StartLocal, "ThisAndFollowing");

        (await GetAsync(events[2].Id)).Title.ShouldBe("Special edition");
        (await GetAsync(events[3].Id)).Title.ShouldBe("Renamed meetup");
    }

    private async Task<(SeriesDto Series, List<EventDto> Events)> WeeklySeriesAsync(int count)
    {
        var meetup = await Admin.CreateMeetupAsync();
        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: count));
        var events = new List<EventDto>();
        foreach (var occurrence in series.Occurrences) events.Add(await GetAsync(occurrence.EventId));
        return (series, events);
    }

    private async Task UpdateAsync(EventDto e, string title, DateTime startLocal, string scope)
    {
        var input = new EventInput(title, e.Type, e.Format, startLocal, startLocal + (e.EndLocal - e.StartLocal), e.TimeZone,
            e.Slug, e.Summary, e.DescriptionMarkdown, e.Visibility, e.Location, e.OnlineUrl, e.Contact, e.CustomFields, e.Tags, e.HideFromSearchEngines);
        await (await Admin.PutAsJsonAsync($"{EventApi.Route}/{e.Id}?scope={scope}", input)).ShouldBeOkAsync<EventDto>();
    }

    private async Task<EventDto> GetAsync(Guid id) => await (await Admin.GetAsync($"{EventApi.Route}/{id}")).ShouldBeOkAsync<EventDto>();

    private async Task<SeriesDto> SeriesAsync(Guid id) => await (await Admin.GetAsync($"{SeriesApi.Route}/{id}")).ShouldBeOkAsync<SeriesDto>();
}
