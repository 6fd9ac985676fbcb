namespace EventPlatform.Events.Series;

public sealed record SeriesDto(Guid Id, string Rule, IReadOnlyList<SeriesOccurrenceDto> Occurrences);

public sealed record SeriesOccurrenceDto(Guid EventId, string Title, string Slug, DateTimeOffset StartsAt, Events.EventStatus Status, bool IsDetached);
