using System.Net;
using EventPlatform.Events.Events;
using EventPlatform.Events.Series;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Series;

[Collection(EventsCollection.Name)]
public sealed class SeriesGenerationTests(EventsTestFactory factory)
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_create_weekly_occurrences_up_to_the_count_with_the_first_being_the_event()
    {
        var meetup = await Admin.CreateMeetupAsync();

        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: 4));

        series.Rule.ShouldBe("FREQ=WEEKLY;INTERVAL=1;COUNT=4");
        series.Occurrences.Count.ShouldBe(4);
        series.Occurrences[0].EventId.ShouldBe(meetup.Id);
        series.Occurrences.Select(o => Local(o.StartsAt).Date).ShouldBe(
            [new DateTime(2027, 3, 2), new DateTime(2027, 3, 9), new DateTime(2027, 3, 16), new DateTime(2027, 3, 23)]);
    }

    [Fact]
    public async Task Should_create_later_occurrences_as_drafts_with_dated_slugs()
    {
        var meetup = await Admin.PostEventActionAsync((await Admin.CreateMeetupAsync()).Id, "publish");

        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Interval: 2, Count: 3));

        series.Occurrences[0].Status.ShouldBe(EventStatus.Published);
        series.Occurrences.Skip(1).ShouldAllBe(o => o.Status == EventStatus.Draft);
        series.Occurrences.Select(o => o.Slug).ShouldBe([meetup.Slug, meetup.Slug + "-2027-03-16", meetup.Slug + "-2027-03-30"]);
    }

    [Fact]
    public async Task Should_create_monthly_occurrences_until_the_end_date()
    {
        var meetup = await Admin.CreateMeetupAsync(new DateTime(2027, 1, 15, 19, 0, 0));

        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Monthly, UntilLocal: new DateTime(2027, 5, 15)));

        series.Occurrences.Select(o => Local(o.StartsAt)).ShouldBe(
            [new DateTime(2027, 1, 15, 19, 0, 0), new DateTime(2027, 2, 15, 19, 0, 0), new DateTime(2027, 3, 15, 19, 0, 0),
             new DateTime(2027, 4, 15, 19, 0, 0), new DateTime(2027, 5, 15, 19, 0, 0)]);
    }

    [Fact]
    public async Task Should_expand_a_custom_rrule_on_tuesdays_and_thursdays()
    {
        var meetup = await Admin.CreateMeetupAsync();

        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Custom, Rule: "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6"));

        series.Occurrences.Select(o => Local(o.StartsAt).Date.Day).ShouldBe([2, 4, 9, 11, 16, 18]);
    }

    [Fact]
    public async Task Should_keep_the_wall_clock_time_when_summer_time_begins_between_occurrences()
    {
        var meetup = await Admin.CreateMeetupAsync(new DateTime(2027, 3, 23, 19, 0, 0));

        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: 2));

        // 19:00 CET is 18:00 UTC; a week later 19:00 CEST is 17:00 UTC.
        series.Occurrences.Select(o => o.StartsAt.UtcDateTime).ShouldBe([new DateTime(2027, 3, 23, 18, 0, 0), new DateTime(2027, 3, 30, 17, 0, 0)]);
        series.Occurrences.ShouldAllBe(o => Local(o.StartsAt).TimeOfDay == new TimeSpan(19, 0, 0));
    }

    [Fact]
    public async Task Should_keep_the_length_of_the_event_in_every_occurrence()
    {
        var meetup = await Admin.CreateMeetupAsync(new DateTime(2027, 10, 26, 19, 0, 0));

        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: 2));

        var second = await (await Admin.GetAsync($"{EventApi.Route}/{series.Occurrences[1].EventId}")).ShouldBeOkAsync<EventDto>();
        second.StartLocal.ShouldBe(new DateTime(2027, 11, 2, 19, 0, 0));
        second.EndLocal.ShouldBe(new DateTime(2027, 11, 2, 21, 0, 0));
        second.SeriesId.ShouldBe(series.Id);
    }

    [Fact]
    public async Task Should_refuse_an_unparseable_rule_with_422_and_a_reason()
    {
        var meetup = await Admin.CreateMeetupAsync();

        var response = await Admin.PostSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Custom, Rule: "FREQ=SOMETIMES"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SeriesRuleInvalid);
        problem.GetProperty("data").GetProperty("reason").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_refuse_a_rule_that_never_matches_a_date()
    {
        var meetup = await Admin.CreateMeetupAsync();

        var response = await Admin.PostSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Custom, Rule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SeriesRuleInvalid);
    }

    [Fact]
    public async Task Should_refuse_more_occurrences_than_the_limit()
    {
        var meetup = await Admin.CreateMeetupAsync();

        var response = await Admin.PostSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Custom, Rule: $"FREQ=DAILY;COUNT={SeriesConsts.MaxOccurrences + 1}"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SeriesRuleInvalid);
    }

    [Fact]
    public async Task Should_stop_a_rule_without_end_at_the_maximum_number_of_occurrences()
    {
        var meetup = await Admin.CreateMeetupAsync();

        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Custom, Rule: "FREQ=WEEKLY"));

        series.Occurrences.Count.ShouldBe(SeriesConsts.MaxOccurrences);
    }

    [Fact]
    public async Task Should_refuse_a_weekly_series_without_count_or_end_date()
    {
        var meetup = await Admin.CreateMeetupAsync();

        var response = await Admin.PostSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SeriesRuleInvalid);
    }

    [Fact]
    public async Task Should_refuse_an_event_that_already_belongs_to_a_series()
    {
        var meetup = await Admin.CreateMeetupAsync();
        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: 2));

        var response = await Admin.PostSeriesAsync(series.Occurrences[1].EventId, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: 2));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, EventsErrorCodes.AlreadyInSeries);
    }

    [Fact]
    public async Task Should_answer_404_for_the_series_of_another_organization()
    {
        var meetup = await Admin.CreateMeetupAsync();
        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: 2));

        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).GetAsync($"{SeriesApi.Route}/{series.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.SeriesNotFound);
    }

    [Fact]
    public async Task Should_let_staff_read_a_series_but_not_create_one()
    {
        var meetup = await Admin.CreateMeetupAsync();
        var series = await Admin.CreateSeriesAsync(meetup.Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: 2));
        var staff = factory.CreateClientFor(TestData.StaffA, TestData.OrgA);

        (await (await staff.GetAsync($"{SeriesApi.Route}/{series.Id}")).ShouldBeOkAsync<SeriesDto>()).Occurrences.Count.ShouldBe(2);
        (await staff.PostSeriesAsync((await Admin.CreateMeetupAsync()).Id, new CreateSeriesInput(RecurrenceFrequency.Weekly, Count: 2)))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Berlin).DateTime;
}
