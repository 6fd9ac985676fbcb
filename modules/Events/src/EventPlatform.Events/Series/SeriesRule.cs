using System.Globalization;
using EventPlatform.Events.Domain;
using EventPlatform.Events.Series;
using EventPlatform.Platform.Exceptions;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Evaluation;

namespace EventPlatform.Events.Series;

/// <summary>
/// Builds the RRULE of a <see cref="CreateSeriesInput"/> and expands it with Ical.Net in the event's IANA zone,
/// so occurrences keep their wall-clock time across daylight-saving changes.
/// </summary>
public static class SeriesRule
{
    // Rules that never match (e.g. 30 February) must fail fast instead of looping.
    private const int MaxUnmatchedIncrements = 1_000;

    /// <summary>The RRULE value (without "RRULE:") for the input; Weekly/Monthly need Count or UntilLocal.</summary>
    public static string Build(CreateSeriesInput input, TimeZoneInfo zone)
    {
        if (input.Frequency == RecurrenceFrequency.Custom)
        {
            var rule = (input.Rule ?? "").Trim();
            if (rule.StartsWith("RRULE:", StringComparison.OrdinalIgnoreCase)) rule = rule[6..];
            if (rule.Length == 0) throw Invalid("a custom rule is required");
            if (rule.Length > SeriesConsts.MaxRuleLength) throw Invalid($"at most {SeriesConsts.MaxRuleLength} characters");
            return rule;
        }

        if (input.Interval < 1) throw Invalid("the interval must be at least 1");
        if (input.Count is null && input.UntilLocal is null) throw Invalid("give a number of occurrences or an end date");
        if (input.Count is not null && input.UntilLocal is not null) throw Invalid("give a number of occurrences or an end date, not both");
        var frequency = input.Frequency == RecurrenceFrequency.Weekly ? "WEEKLY" : "MONTHLY";
        var end = input.Count is { } count
            ? $"COUNT={count}"
            : "UNTIL=" + UntilUtc(input.UntilLocal!.Value, zone).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        return $"FREQ={frequency};INTERVAL={input.Interval};{end}";
    }

    /// <summary>Start instants of every occurrence, the first (the event itself) included, at most <see cref="SeriesConsts.MaxOccurrences"/>.</summary>
    public static IReadOnlyList<DateTimeOffset> Expand(string rule, DateTime firstLocal, TimeZoneInfo zone)
    {
        RecurrencePattern pattern;
        try
        {
            pattern = new RecurrencePattern(rule);
        }
        catch (ArgumentException e)
        {
            throw Invalid(e.Message.Split(" (Parameter", 2)[0]);
        }

        if (pattern.Count is > SeriesConsts.MaxOccurrences) throw Invalid($"at most {SeriesConsts.MaxOccurrences} occurrences");
        if (pattern.Frequency < Ical.Net.FrequencyType.Daily) throw Invalid("repeat at most daily");

        var component = new CalendarEvent { DtStart = new CalDateTime(firstLocal, zone.Id), Duration = Duration.FromHours(1) };
        component.RecurrenceRule = pattern;
        var starts = new List<DateTimeOffset>();
        try
        {
            foreach (var occurrence in component.GetOccurrences(null, new EvaluationOptions { MaxUnmatchedIncrementsLimit = MaxUnmatchedIncrements }))
            {
                if (starts.Count == SeriesConsts.MaxOccurrences) break;
                var wallClock = occurrence.Period.StartTime.Value;
                // A wall-clock time the zone skips that day would move; leave that occurrence out instead of shifting it.
                if (zone.IsInvalidTime(wallClock)) continue;
                starts.Add(EventSchedule.ToUtc(wallClock, zone));
            }
        }
        catch (EvaluationLimitExceededException)
        {
            throw Invalid("the rule never matches a date");
        }

        var first = EventSchedule.ToUtc(firstLocal, zone);
        if (starts.Count == 0 || starts[0] != first) starts.Insert(0, first);
        if (starts.Count < 2) throw Invalid("the rule gives no occurrence after the first");
        return starts.Count > SeriesConsts.MaxOccurrences ? starts.GetRange(0, SeriesConsts.MaxOccurrences) : starts;
    }

    // An end date without a time means "through that day".
    private static DateTimeOffset UntilUtc(DateTime untilLocal, TimeZoneInfo zone)
    {
        var local = untilLocal.TimeOfDay == TimeSpan.Zero ? untilLocal.Date.AddDays(1).AddSeconds(-1) : untilLocal;
        return EventSchedule.ToUtc(local, zone);
    }

    private static BusinessException Invalid(string reason) =>
        new BusinessException(EventsErrorCodes.SeriesRuleInvalid).WithData("reason", reason);
}
