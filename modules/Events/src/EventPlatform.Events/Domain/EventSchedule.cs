using EventPlatform.Platform.Exceptions;
using EventPlatform.Platform.Timing;

namespace EventPlatform.Events.Domain;

/// <summary>
/// Turns wall-clock times in an IANA zone into UTC instants, refusing times the zone skips (spring forward).
/// A time the zone repeats (fall back) means its first occurrence, as calendars do.
/// </summary>
public static class EventSchedule
{
    public static TimeZoneInfo FindZone(string? timeZone) =>
        TimeZones.IsKnown(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone!, out var zone)
            ? zone
            : throw new BusinessException(EventsErrorCodes.UnknownTimeZone).WithData("timeZone", timeZone ?? "");

    public static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock))
        {
            throw new BusinessException(EventsErrorCodes.LocalTimeDoesNotExist)
                .WithData("time", wallClock.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))
                .WithData("timeZone", zone.Id);
        }

        var offset = zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max() : zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset).ToUniversalTime();
    }

    public static DateTime ToLocal(DateTimeOffset at, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(at, zone).DateTime, DateTimeKind.Unspecified);

    public static DateTime ToLocal(DateTimeOffset at, string timeZone) =>
        ToLocal(at, TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>Start and end as UTC instants; the end must follow the start within <see cref="Events.EventConsts.MaxDuration"/>.</summary>
    public static (DateTimeOffset StartsAt, DateTimeOffset EndsAt) ToUtcRange(DateTime startLocal, DateTime endLocal, TimeZoneInfo zone)
    {
        var startsAt = ToUtc(startLocal, zone);
        var endsAt = ToUtc(endLocal, zone);
        if (endsAt <= startsAt) throw new BusinessException(EventsErrorCodes.EndBeforeStart);
        if (endsAt - startsAt > Events.EventConsts.MaxDuration) throw new BusinessException(EventsErrorCodes.TooLong);
        return (startsAt, endsAt);
    }
}
