using Microsoft.AspNetCore.Authorization;

namespace EventPlatform.Events.Search;

/// <summary>The public directory: anyone may search; only published public listings are in the index.</summary>
[AllowAnonymous]
public sealed class DirectoryAppService(ISearchIndex index) : IDirectoryAppService
{
    public Task<SearchResultDto> GetListAsync(DirectorySearchRequest input) =>
        index.SearchAsync(new SearchQuery(
            Text: string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim(),
            From: input.From is { } from ? StartOfDay(from) : null,
            To: input.To is { } to ? StartOfDay(to.AddDays(1)) : null,
            City: input.City,
            Format: input.Format,
            Tags: input.Tags,
            Speaker: input.Speaker,
            Sort: input.Sort,
            Skip: input.Skip,
            Take: input.Take));

    public Task<IReadOnlyList<AutocompleteItemDto>> GetAutocompleteAsync(AutocompleteRequest input) =>
        index.AutocompleteAsync(input.Text, input.Take);

    // Calendar days are read in UTC: the directory spans every time zone, so no single zone is more right.
    private static DateTimeOffset StartOfDay(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
