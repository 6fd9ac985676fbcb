namespace EventPlatform.Events.Series;

/// <summary>Turns an event into the first occurrence of a series and creates the later ones as drafts.</summary>
/// <param name="Rule">The RRULE (without "RRULE:") when <paramref name="Frequency"/> is Custom.</param>
/// <param name="Count">How many occurrences in all, the first included; or give <paramref name="UntilLocal"/>.</param>
public sealed record CreateSeriesInput(
    RecurrenceFrequency Frequency,
    int Interval = 1,
    int? Count = null,
    DateTime? UntilLocal = null,
    string? Rule = null);
