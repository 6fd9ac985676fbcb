using System.Net.Http.Headers;
using System.Net.Http.Json;
using EventPlatform.Events.Sessions;
using EventPlatform.Events.Speakers;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Sessions;

/// <summary>
/// Calls to <c>api/events/session</c> and <c>api/events/speaker</c> with sample input. The sample event
/// (<see cref="EventApi.Sample"/>) runs on 10 June 2027 from 09:00 to 17:00 in Europe/Berlin.
/// </summary>
public static class AgendaApi
{
    public const string Sessions = "api/events/session";
    public const string Speakers = "api/events/speaker";

    public static readonly DateTime EventDay = new(2027, 6, 10);

    public static SessionInput Session(string title = "Keynote", int startHour = 10, int endHour = 11, int? capacity = null) =>
        new(title, EventDay.AddHours(startHour), EventDay.AddHours(endHour), "Opening talk.", "Hall A", capacity, ["data", "ai"]);

    public static Task<HttpResponseMessage> PostSessionAsync(this HttpClient client, Guid eventId, SessionInput input) =>
        client.PostAsJsonAsync($"{Sessions}?eventId={eventId}", input);

    public static async Task<SessionDto> CreateSessionAsync(this HttpClient client, Guid eventId, SessionInput? input = null) =>
        await (await client.PostSessionAsync(eventId, input ?? Session())).ShouldBeOkAsync<SessionDto>();

    public static async Task<SpeakerDto> CreateSpeakerAsync(this HttpClient client, string name = "Ada Lovelace") =>
        await (await client.PostAsJsonAsync(Speakers, new SpeakerInput(name, "Analyst", "Engines Ltd", "Wrote the **first** program."))).ShouldBeOkAsync<SpeakerDto>();

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, Guid sessionId, string fileName, byte[] bytes, string contentType = "application/octet-stream")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return client.PostAsync($"{Sessions}/{sessionId}/attachments", form);
    }

    /// <summary>A minimal PDF: the signature and a little structure, enough for the type check.</summary>
    public static byte[] Pdf(int size = 600) => Padded("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n"u8, size, (byte)' ');

    /// <summary>The first bytes of a PNG followed by filler.</summary>
    public static byte[] Png(int size = 400) => Padded([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], size, 0);

    /// <summary>A Windows executable's header ("MZ", then binary with NULs).</summary>
    public static byte[] Executable(int size = 400) => Padded([0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], size, 0);

    private static byte[] Padded(ReadOnlySpan<byte> head, int size, byte filler)
    {
        var bytes = new byte[Math.Max(size, head.Length)];
        Array.Fill(bytes, filler);
        head.CopyTo(bytes);
        return bytes;
    }
}
