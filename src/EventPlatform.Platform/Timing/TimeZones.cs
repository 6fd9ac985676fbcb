namespace EventPlatform.Platform.Timing;

/// <summary>The IANA time zones a user may pick (<c>Europe/Berlin</c>), from the system's time zone database.</summary>
public static class TimeZones
{
    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Where(z => z.Id == "UTC" || (z.Id.Contains('/') && TimeZoneInfo.TryConvertIanaIdToWindowsId(z.Id, out _)))
            .OrderBy(z => z.Id, StringComparer.Ordinal)
            .ToList());

    public static IReadOnlyList<TimeZoneInfo> All => Zones.Value;

    public static bool IsKnown(string? id) => id is not null && All.Any(z => z.Id == id);

    public static bool IsValidOrEmpty(string? id) => string.IsNullOrEmpty(id) || IsKnown(id);

    /// <summary>The user's zone, or UTC when they chose none or it no longer exists.</summary>
    public static TimeZoneInfo OrUtc(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>A short local date and time in the current culture, e.g. "30.11.2026 11:05".</summary>
    public static string Format(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("g", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A short local time of day in the current culture, e.g. "11:05".</summary>
    public static string FormatTime(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("t", System.Globalization.CultureInfo.CurrentCulture);
}
