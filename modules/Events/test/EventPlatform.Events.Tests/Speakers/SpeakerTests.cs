using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Speakers;
using EventPlatform.Events.Tests.Events;
using EventPlatform.Events.Tests.Sessions;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Speakers;

[Collection(EventsCollection.Name)]
public sealed class SpeakerTests(EventsTestFactory factory)
{
    private HttpClient Admin => factory.CreateClientFor(TestData.AdminA, TestData.OrgA);

    [Fact]
    public async Task Should_render_the_bio_as_sanitized_html()
    {
        var input = new SpeakerInput("Mallory", BioMarkdown: "Loves **Rust**. <script>alert(1)</script> [x](javascript:alert(1))");

        var speaker = await (await Admin.PostAsJsonAsync(AgendaApi.Speakers, input)).ShouldBeOkAsync<SpeakerDto>();

        var html = speaker.BioHtml.ShouldNotBeNull();
        html.ShouldContain("<strong>Rust</strong>");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("javascript:");
    }

    [Fact]
    public async Task Should_keep_http_and_https_social_links()
    {
        var input = new SpeakerInput("Linus", SocialLinks: [new("Website", "https://example.org/linus"), new("Blog", "http://blog.example.org")]);

        var speaker = await (await Admin.PostAsJsonAsync(AgendaApi.Speakers, input)).ShouldBeOkAsync<SpeakerDto>();

        speaker.SocialLinks.ShouldBe([new SocialLinkDto("Website", "https://example.org/linus"), new SocialLinkDto("Blog", "http://blog.example.org")]);
    }

    [Fact]
    public async Task Should_refuse_a_social_link_that_is_not_a_web_address()
    {
        var input = new SpeakerInput("Eve", SocialLinks: [new("Website", "javascript:alert(1)")]);

        var response = await Admin.PostAsJsonAsync(AgendaApi.Speakers, input);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_store_a_photo_and_serve_it_through_its_url()
    {
        var speaker = await Admin.CreateSpeakerAsync();
        var png = AgendaApi.Png(800);

        var changed = await (await UploadPhotoAsync(speaker.Id, png)).ShouldBeOkAsync<SpeakerDto>();

        changed.PhotoUrl.ShouldNotBeNull();
        var photo = await factory.CreateClientFor().GetAsync(changed.PhotoUrl);
        photo.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        (await photo.Content.ReadAsByteArrayAsync()).ShouldBe(png);
    }

    [Fact]
    public async Task Should_refuse_a_photo_that_is_not_an_image()
    {
        var speaker = await Admin.CreateSpeakerAsync();

        var response = await UploadPhotoAsync(speaker.Id, AgendaApi.Pdf());

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SpeakerPhotoInvalid);
    }

    [Fact]
    public async Task Should_refuse_a_photo_larger_than_the_maximum()
    {
        var speaker = await Admin.CreateSpeakerAsync();

        var response = await UploadPhotoAsync(speaker.Id, AgendaApi.Png((int)SpeakerConsts.MaxPhotoBytes + 1));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, EventsErrorCodes.SpeakerPhotoInvalid);
    }

    [Fact]
    public async Task Should_find_speakers_by_part_of_their_name()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var wanted = await Admin.CreateSpeakerAsync($"Katherine {marker} Johnson");
        await Admin.CreateSpeakerAsync("Dorothy Vaughan");

        var found = await (await Admin.GetAsync($"{AgendaApi.Speakers}?filter={marker}")).ShouldBeOkAsync<List<SpeakerDto>>();

        found.Select(s => s.Id).ShouldBe([wanted.Id]);
    }

    [Fact]
    public async Task Should_take_a_deleted_speaker_off_their_sessions()
    {
        var session = await Admin.CreateSessionAsync((await Admin.CreateEventAsync()).Id);
        var speaker = await Admin.CreateSpeakerAsync("Leaving Speaker");
        await (await Admin.PostAsJsonAsync($"{AgendaApi.Sessions}/{session.Id}/set-speakers", new[] { new SessionSpeakerInput(speaker.Id) })).ShouldBeOkAsync<SessionDto>();

        (await Admin.DeleteAsync($"{AgendaApi.Speakers}/{speaker.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await (await Admin.GetAsync($"{AgendaApi.Sessions}/{session.Id}")).ShouldBeOkAsync<SessionDto>()).Speakers.ShouldBeEmpty();
        (await Admin.GetAsync($"{AgendaApi.Speakers}/{speaker.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_reads_a_speaker()
    {
        var speaker = await Admin.CreateSpeakerAsync();

        var response = await factory.CreateClientFor(TestData.UserB, TestData.OrgB).GetAsync($"{AgendaApi.Speakers}/{speaker.Id}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.SpeakerNotFound);
    }

    [Fact]
    public async Task Should_answer_404_when_another_organization_changes_a_speakers_photo()
    {
        var speaker = await Admin.CreateSpeakerAsync();

        var response = await UploadPhotoAsync(speaker.Id, AgendaApi.Png(), factory.CreateClientFor(TestData.UserB, TestData.OrgB));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, EventsErrorCodes.SpeakerNotFound);
    }

    private Task<HttpResponseMessage> UploadPhotoAsync(Guid speakerId, byte[] bytes, HttpClient? client = null)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse("image/png");
        return (client ?? Admin).PostAsync($"{AgendaApi.Speakers}/{speakerId}/photo", new MultipartFormDataContent { { file, "photo", "me.png" } });
    }
}
