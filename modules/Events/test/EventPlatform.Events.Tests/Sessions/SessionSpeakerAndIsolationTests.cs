using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Tests.Events;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Tests.Sessions;

[Collection(EventsCollection.Name)]
public sealed class SessionSpeakerAndIsolationTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);
    private HttpClient OtherOrganization => factory.CreateClientFor(TestData.UserB, TestData.OrgB);

    [Fact]
    public async Task Should_link_speakers_with_their_roles_in_the_given_order()
    {
        var session = await Admin.CreateSessionAsync((await Admin.CreateEventAsync()).Id);
        var host = await Admin.CreateSpeakerAsync("Grace Hopper");
        var speaker = await Admin.CreateSpeakerAsync("Alan Turing");

        var linked = await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/set-speakers",
            new[] { new SessionSpeakerInput(host.Id, SpeakerRole.Moderator), new SessionSpeakerInput(speaker.Id) })).ShouldBeOkAsync<SessionDto>();

        linked.Speakers.ShouldBe([
            new SessionSpeakerDto(host.Id, "Grace Hopper", SpeakerRole.Moderator),
            new SessionSpeakerDto(speaker.Id, "Alan Turing", SpeakerRole.Speaker),
        ]);
    }

    [Fact]
    public async Task Should_replace_the_speakers_of_a_session()
    {
        var session = await Admin.CreateSessionAsync((await Admin.CreateEventAsync()).Id);
        var first = await Admin.CreateSpeakerAsync("First Speaker");
        var second = await Admin.CreateSpeakerAsync("Second Speaker");
        await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/set-speakers", new[] { new SessionSpeakerInput(first.Id) })).ShouldBeOkAsync<SessionDto>();

        await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/set-speakers",
            new[] { new SessionSpeakerInput(second.Id, SpeakerRole.Panelist), new SessionSpeakerInput(first.Id, SpeakerRole.Host) })).ShouldBeOkAsync<SessionDto>();

        var read = await (await Admin.GetAsync($"{AgendaApi.Sessions}/{session.Id}")).ShouldBeOkAsync<SessionDto>();
        read.Speakers.Select(s => (s.SpeakerId, s.Role)).ShouldBe([(second.Id, SpeakerRole.Panelist), (first.Id, SpeakerRole.Host)]);
    }

    [Fact]
    public async Task Should_answer_404_when_linking_a_speaker_of_another_organization()
    {
        var session = await Admin.CreateSessionAsync((await Admin.CreateEventAsync()).Id);
        var foreign = await OtherOrganization.CreateSpeakerAsync("Foreign Speaker");

        var response = await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/set-speakers", new[] { new SessionSpeakerInput(foreign.Id) });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.SpeakerNotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_reads_a_session()
    {
        var session = await Admin.CreateSessionAsync((await Admin.CreateEventAsync()).Id);

        var response = await OtherOrganization.GetAsync($"{AgendaApi.Sessions}/{session.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.SessionNotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_cancels_a_session()
    {
        var session = await Admin.CreateSessionAsync((await Admin.CreateEventAsync()).Id);

        var response = await OtherOrganization.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/cancel", new CancelSessionInput("Not mine"));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.SessionNotFound);
        (await (await Admin.GetAsync($"{AgendaApi.Sessions}/{session.Id}")).ShouldBeOkAsync<SessionDto>()).IsCancelled.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_adds_a_session_to_an_event()
    {
        var @event = await Admin.CreateEventAsync();

        var response = await OtherOrganization.PostSessionAsync(@event.Id, AgendaApi.Session());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.EventNotFound);
    }

    [Fact]
    public async Task Should_write_session_changes_to_the_audit_log()
    {
        var session = await Admin.CreateSessionAsync((await Admin.CreateEventAsync()).Id);
        await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/cancel", new CancelSessionInput("Room flooded"))).ShouldBeOkAsync<SessionDto>();
        (await Admin.DeleteAsync($"{AgendaApi.Sessions}/{session.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var rows = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<PlatformDbContext>().Set<AuditLogEntry>().AsNoTracking()
            .Where(a => a.EntityKey == session.Id.ToString() && a.Entity.EndsWith("sessions"))
            .OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToListAsync());

        rows.Select(r => r.Action).ShouldBe([AuditActions.Insert, AuditActions.Update, AuditActions.Delete]);
        rows.ShouldAllBe(r => r.UserId == TestData.AdminA && r.TenantId == TestData.OrgA);
        rows[1].Changes!.ShouldContain("Room flooded");
    }
}
