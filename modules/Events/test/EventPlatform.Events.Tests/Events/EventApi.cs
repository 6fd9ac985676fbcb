using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Events;

/// <summary>Calls to <c>api/events/event</c> as a member of an organization, with sample input.</summary>
public static class EventApi
{
    public const string Route = "api/events/event";

    public static EventInput Sample(string title = "Data Summit", DateTime? startLocal = null, string timeZone = "Europe/Berlin") =>
        new(title, EventType.Conference, EventFormat.InPerson,
            startLocal ?? new DateTime(2027, 6, 10, 9, 0, 0), (startLocal ?? new DateTime(2027, 6, 10, 9, 0, 0)).AddHours(8), timeZone,
            Summary: "Two days about data.",
            DescriptionMarkdown: "# Welcome\n\nTalks about **data**.",
            Location: new EventLocationDto("Congress Center", "Messeplatz 1", "Köln", "50679", "DE", 50.94, 6.97));

    public static async Task<EventDto> CreateEventAsync(this HttpClient client, EventInput? input = null) =>
        await (await client.PostAsJsonAsync(Route, input ?? Sample())).ShouldBeOkAsync<EventDto>();

    public static async Task<EventDto> PostEventActionAsync(this HttpClient client, Guid id, string action) =>
        await (await client.PostAsync($"{Route}/{id}/{action}", null)).ShouldBeOkAsync<EventDto>();
}
