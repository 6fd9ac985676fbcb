using System.Net;
using System.Net.Http.Json;
using EventPlatform.Events.Data;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Events;
using EventPlatform.Events.Sessions;
using EventPlatform.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Events.Tests.Events;

[Collection(EventsCollection.Name)]
public sealed class EventCloneTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_clone_an_event_as_a_draft_at_the_new_start()
    {
        var source = await Admin.PostEventActionAsync((await Admin.CreateEventAsync()).Id, "publish");

        var copy = await CloneAsync(source.Id, new CloneEventInput("Data Summit 2028", new DateTime(2028, 6, 8, 9, 0, 0)));

        copy.Status.ShouldBe(EventStatus.Draft);
        copy.Title.ShouldBe("Data Summit 2028");
        copy.StartLocal.ShouldBe(new DateTime(2028, 6, 8, 9, 0, 0));
        copy.EndLocal.ShouldBe(new DateTime(2028, 6, 8, 17, 0, 0));
        copy.Location.ShouldBe(source.Location);
        copy.Slug.ShouldNotBe(source.Slug);
    }

    [Fact]
    public async Task Should_copy_sessions_at_the_same_offsets_with_their_speaker_links()
    {
        var source = await Admin.CreateEventAsync();
        var speakerId = await AddSessionWithSpeakerAsync(source);

        var copy = await CloneAsync(source.Id, new CloneEventInput("Data Summit copy", source.StartLocal.AddDays(7)));

        var sessions = await factory.InTenantAsync(TestData.OrgA, sp => sp.GetRequiredService<EventsDbContext>().Sessions
            .Include(s => s.Speakers).Where(s => s.EventId == copy.Id).AsNoTracking().ToListAsync());
        var session = sessions.ShouldHaveSingleItem();
        session.Title.ShouldBe("Keynote");
        session.StartsAt.ShouldBe(source.StartsAt.AddDays(7).AddHours(1));
        session.Speakers.ShouldHaveSingleItem().SpeakerId.ShouldBe(speakerId);
        session.Speakers[0].Role.ShouldBe(SpeakerRole.Moderator);
    }

    [Fact]
    public async Task Should_answer_404_when_cloning_another_organizations_event()
    {
        var source = await Admin.CreateEventAsync();

        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB)
            .PostAsJsonAsync($"{EventApi.Route}/{source.Id}/clone", new CloneEventInput("Mine now", new DateTime(2028, 1, 1, 9, 0, 0)));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.EventNotFound);
    }

    private async Task<EventDto> CloneAsync(Guid id, CloneEventInput input) =>
        await (await Admin.PostAsJsonAsync($"{EventApi.Route}/{id}/clone", input)).ShouldBeOkAsync<EventDto>();

    private Task<Guid> AddSessionWithSpeakerAsync(EventDto source) =>
        factory.InTenantAsync(TestData.OrgA, async sp =>
        {
            var db = sp.GetRequiredService<EventsDbContext>();
            var speaker = new Speaker("Ada Lovelace");
            db.Speakers.Add(speaker);
            var session = new Session(source.Id, "Keynote", source.StartsAt.AddHours(1), source.StartsAt.AddHours(2));
            session.SetSpeakers([(speaker.Id, SpeakerRole.Moderator)]);
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return speaker.Id;
        });
}
