using EventPlatform.Events.Events;
using EventPlatform.Platform.Application;

namespace EventPlatform.Events.Search;

/// <summary>What a directory visitor asks for; dates are calendar days (From and To inclusive).</summary>
public sealed record DirectorySearchRequest : PagedRequest
{
    public string? Text { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? City { get; init; }

    public EventFormat? Format { get; init; }

    public string[]? Tags { get; init; }

    public string? Speaker { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;
}
