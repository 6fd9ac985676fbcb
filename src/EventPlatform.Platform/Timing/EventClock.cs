using System.Globalization;

namespace EventPlatform.Platform.Timing;

/// <summary>
/// Converts between UTC instants and the wall-clock times of the event's zone that datetime-local inputs show.
/// A time the zone skips (spring forward) is refused; a repeated one (fall back) means its first occurrence.
/// </summary>
public static class EventClock
{
    public const string InputFormat = "yyyy-MM-ddTHH:mm";

    public static DateTime? ToLocal(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } value ? DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(value, zone).DateTime, DateTimeKind.Unspecified) : null;

    public static string? ToInput(DateTimeOffset? at, TimeZoneInfo zone) => ToLocal(at, zone)?.ToString(InputFormat, CultureInfo.InvariantCulture);

    /// <summary>Null when <paramref name="local"/> does not exist in the zone.</summary>
    public static bool TryToUtc(DateTime? local, TimeZoneInfo zone, out DateTimeOffset? utc)
    {
        utc = null;
        if (local is not { } value) return true;
        var wallClock = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wallClock)) return false;
        var offset = zone.IsAmbiguousTime(wallClock) ? zone.GetAmbiguousTimeOffsets(wallClock).Max() : zone.GetUtcOffset(wallClock);
        utc = new DateTimeOffset(wallClock, offset).ToUniversalTime();
        return true;
    }
}
