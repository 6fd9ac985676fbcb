using System.Net.Http.Json;
using EventPlatform.Events.Events;
using EventPlatform.Events.Public;
using EventPlatform.Events.Search;
using EventPlatform.Events.Tests.Events;
using EventPlatform.TestBase;

namespace EventPlatform.Events.Tests.Search;

/// <summary>Calls to the public directory API, unique words for test data, and waiting for the outbox to feed the index.</summary>
public static class SearchApi
{
    public const string Route = "api/events/directory";

    /// <summary>A word of letters only that no other test uses, so searches for it see only this test's events.</summary>
    public static string UniqueWord() => new(Guid.NewGuid().ToString("N").Take(10).Select(c => (char)('a' + c % 26)).ToArray());

    public static async Task<SearchResultDto> SearchAsync(this HttpClient client, string query) =>
        await (await client.GetAsync($"{Route}?{query}")).ShouldBeOkAsync<SearchResultDto>();

    public static async Task<IReadOnlyList<AutocompleteItemDto>> AutocompleteAsync(this HttpClient client, string text, int take = 8) =>
        await (await client.GetAsync($"{Route}/autocomplete?text={Uri.EscapeDataString(text)}&take={take}"))
            .ShouldBeOkAsync<List<AutocompleteItemDto>>();

    /// <summary>Asks again until <paramref name="done"/> holds: the outbox feeds the index after commit, not within the request.</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, int timeoutSeconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            await Task.Delay(100);
        }
    }

    public static async Task<EventDto> PublishedEventAsync(this HttpClient admin, EventInput input)
    {
        var created = await admin.CreateEventAsync(input);
        return await admin.PostEventActionAsync(created.Id, "publish");
    }

    /// <summary>A listing as the outbox delivers it, for tests of the index itself.</summary>
    public static PublicEventListing Listing(
        string title, string? description = null, string? city = "Berlin", EventFormat format = EventFormat.InPerson,
        DateTimeOffset? startsAt = null, string[]? tags = null, string[]? speakers = null, string? summary = null) =>
        new(Guid.CreateVersion7(), TestData.OrgA, TestData.OrgASlug, "Organization A", title, "e-" + Guid.NewGuid().ToString("N")[..12],
            summary, description, EventType.Conference, format,
            startsAt ?? new DateTimeOffset(2027, 6, 10, 7, 0, 0, TimeSpan.Zero),
            (startsAt ?? new DateTimeOffset(2027, 6, 10, 7, 0, 0, TimeSpan.Zero)).AddHours(8),
            "Europe/Berlin", "Venue", city, "DE", tags ?? [], speakers ?? [], null);
}
