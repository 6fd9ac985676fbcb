using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Sessions;

[Collection(EventsCollection.Name)]
public sealed class SessionScheduleTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_store_session_times_as_utc_and_give_them_back_in_the_event_time_zone()
    {
        var @event = await Admin.CreateEventAsync();

        var session = await Admin.CreateSessionAsync(@event.Id, AgendaApi.Session(startHour: 10, endHour: 11));

        session.StartsAt.ShouldBe(new DateTimeOffset(2027, 6, 10, 8, 0, 0, TimeSpan.Zero));
        session.StartLocal.ShouldBe(AgendaApi.EventDay.AddHours(10));
        session.EndLocal.ShouldBe(AgendaApi.EventDay.AddHours(11));
    }

    [Fact]
    public async Task Should_refuse_a_session_that_starts_before_the_event()
    {
        var @event = await Admin.CreateEventAsync();

        var response = await Admin.PostSessionAsync(@event.Id, AgendaApi.Session(startHour: 8, endHour: 10));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SessionOutsideEvent);
    }

    [Fact]
    public async Task Should_refuse_a_session_that_ends_after_the_event()
    {
        var @event = await Admin.CreateEventAsync();

        var response = await Admin.PostSessionAsync(@event.Id, AgendaApi.Session(startHour: 16, endHour: 18));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SessionOutsideEvent);
    }

    [Fact]
    public async Task Should_refuse_a_capacity_of_zero()
    {
        var @event = await Admin.CreateEventAsync();

        var response = await Admin.PostSessionAsync(@event.Id, AgendaApi.Session(capacity: 0));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_refuse_a_capacity_above_the_maximum()
    {
        var @event = await Admin.CreateEventAsync();

        var response = await Admin.PostSessionAsync(@event.Id, AgendaApi.Session(capacity: SessionConsts.MaxCapacity + 1));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_keep_a_capacity_within_the_limits_and_none_when_not_given()
    {
        var @event = await Admin.CreateEventAsync();

        var limited = await Admin.CreateSessionAsync(@event.Id, AgendaApi.Session(capacity: 40));
        var open = await Admin.CreateSessionAsync(@event.Id, AgendaApi.Session(capacity: null));

        limited.Capacity.ShouldBe(40);
        open.Capacity.ShouldBeNull();
    }

    [Fact]
    public async Task Should_list_the_agenda_in_order_of_start()
    {
        var @event = await Admin.CreateEventAsync();
        await Admin.CreateSessionAsync(@event.Id, AgendaApi.Session("Closing", 15, 16));
        await Admin.CreateSessionAsync(@event.Id, AgendaApi.Session("Opening", 9, 10));

        var agenda = await (await Admin.GetAsync($"{AgendaApi.Sessions}?eventId={@event.Id}")).ShouldBeOkAsync<List<SessionDto>>();

        agenda.Select(s => s.Title).ShouldBe(["Opening", "Closing"]);
    }

    [Fact]
    public async Task Should_raise_the_session_and_event_sequence_when_a_session_is_cancelled()
    {
        var @event = await Admin.CreateEventAsync();
        var session = await Admin.CreateSessionAsync(@event.Id);
        var eventBefore = await EventAsync(@event.Id);

        var cancelled = await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/cancel", new CancelSessionInput("Speaker is ill")))
            .ShouldBeOkAsync<SessionDto>();

        cancelled.IsCancelled.ShouldBeTrue();
        cancelled.CancellationReason.ShouldBe("Speaker is ill");
        cancelled.Sequence.ShouldBeGreaterThan(session.Sequence);
        (await EventAsync(@event.Id)).Sequence.ShouldBeGreaterThan(eventBefore.Sequence);
    }

    [Fact]
    public async Task Should_bring_a_cancelled_session_back_when_it_is_rescheduled()
    {
        var @event = await Admin.CreateEventAsync();
        var session = await Admin.CreateSessionAsync(@event.Id);
        var cancelled = await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/cancel", new CancelSessionInput())).ShouldBeOkAsync<SessionDto>();
        var eventBefore = await EventAsync(@event.Id);

        var moved = await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/reschedule",
            new RescheduleSessionInput(AgendaApi.EventDay.AddHours(14), AgendaApi.EventDay.AddHours(15), "Hall B"))).ShouldBeOkAsync<SessionDto>();

        moved.IsCancelled.ShouldBeFalse();
        moved.StartLocal.ShouldBe(AgendaApi.EventDay.AddHours(14));
        moved.Room.ShouldBe("Hall B");
        moved.Sequence.ShouldBeGreaterThan(cancelled.Sequence);
        (await EventAsync(@event.Id)).Sequence.ShouldBeGreaterThan(eventBefore.Sequence);
    }

    [Fact]
    public async Task Should_refuse_to_reschedule_a_session_outside_the_event()
    {
        var @event = await Admin.CreateEventAsync();
        var session = await Admin.CreateSessionAsync(@event.Id);

        var response = await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/reschedule",
            new RescheduleSessionInput(AgendaApi.EventDay.AddDays(1).AddHours(10), AgendaApi.EventDay.AddDays(1).AddHours(11)));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SessionOutsideEvent);
    }

    [Fact]
    public async Task Should_keep_a_cancelled_session_cancelled_when_its_details_are_edited()
    {
        var @event = await Admin.CreateEventAsync();
        var session = await Admin.CreateSessionAsync(@event.Id);
        await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/cancel", new CancelSessionInput("Moved online"))).ShouldBeOkAsync<SessionDto>();

        var edited = await (await Admin.PutAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}", AgendaApi.Session("Keynote (recorded)", 12, 13)))
            .ShouldBeOkAsync<SessionDto>();

        edited.IsCancelled.ShouldBeTrue();
        edited.CancellationReason.ShouldBe("Moved online");
        edited.StartLocal.ShouldBe(AgendaApi.EventDay.AddHours(12));
    }

    [Fact]
    public async Task Should_refuse_a_session_start_that_the_clocks_skip_when_summer_time_begins()
    {
        var night = new DateTime(2027, 3, 28, 0, 0, 0);
        var @event = await Admin.CreateEventAsync(EventApi.Sample(startLocal: night));

        var response = await Admin.PostSessionAsync(@event.Id, new SessionInput("Night owls", night.AddHours(2.5), night.AddHours(4)));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.LocalTimeDoesNotExist);
    }

    [Fact]
    public async Task Should_refuse_to_change_the_agenda_of_an_archived_event()
    {
        var @event = await Admin.CreateEventAsync();
        await Admin.PostEventActionAsync(@event.Id, "archive");

        var response = await Admin.PostSessionAsync(@event.Id, AgendaApi.Session());

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, EventsErrorCodes.EventArchived);
    }

    [Fact]
    public async Task Should_answer_403_when_staff_adds_a_session()
    {
        var @event = await Admin.CreateEventAsync();

        var response = await factory.CreateClientFor(TestData.StaffA, TestData.OrgA).PostSessionAsync(@event.Id, AgendaApi.Session());

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<EventDto> EventAsync(Guid id) => await (await Admin.GetAsync($"{EventApi.Route}/{id}")).ShouldBeOkAsync<EventDto>();
}
