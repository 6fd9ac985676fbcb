using System.Net.Http.Json;
using EventPlatform.Events.Series;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Series;

/// <summary>Calls to <c>api/events/series</c>: a weekly meetup in Berlin as the first occurrence.</summary>
public static class SeriesApi
{
    public const string Route = "api/events/series";

    /// <summary>A 19:00–21:00 Berlin meetup on <paramref name="startLocal"/> (default: Tuesday 2 March 2027, winter time).</summary>
    public static Task<global::EventPlatform.Events.Events.EventDto> CreateMeetupAsync(this HttpClient client, DateTime? startLocal = null)
    {
        var start = startLocal ?? new DateTime(2027, 3, 2, 19, 0, 0);
        return client.CreateEventAsync(EventApi.Sample("Berlin .NET Meetup " + Guid.NewGuid().ToString("N")[..6], start) with
        {
            Type = global::EventPlatform.Events.Events.EventType.Meetup,
            EndLocal = start.AddHours(2),
        });
    }

    public static Task<HttpResponseMessage> PostSeriesAsync(this HttpClient client, Guid eventId, CreateSeriesInput input) =>
        client.PostAsJsonAsync($"{Route}?eventId={eventId}", input);

    public static async Task<SeriesDto> CreateSeriesAsync(this HttpClient client, Guid eventId, CreateSeriesInput input) =>
        await (await client.PostSeriesAsync(eventId, input)).ShouldBeOkAsync<SeriesDto>();
}
