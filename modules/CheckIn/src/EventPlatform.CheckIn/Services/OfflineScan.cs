using EventPlatform.CheckIn.Scans;

namespace EventPlatform.CheckIn.Services;

/// <summary>A scan from a device's offline queue: when the device says it scanned, and what the device showed then.</summary>
public sealed record OfflineScan(DateTimeOffset DeviceTime, ScanOutcome Outcome)
{
    /// <summary>How far back a device's clock is believed: three days covers a festival weekend without signal.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(3);

    /// <summary>
    /// The time the scan is logged and judged at (list window, once-per-day). The device's time, because the person stood at
    /// the gate then, not when the phone found a network; but never later than the server's now (a fast clock must not open
    /// a list early or count tomorrow's day), and a time older than <see cref="MaxAge"/> is a wrong clock (a phone reset to
    /// 1970), not a long outage: then the upload's own time is the only trustworthy one.
    /// </summary>
    public DateTimeOffset At(DateTimeOffset now)
    {
        if (DeviceTime > now) return now;
        return now - DeviceTime > MaxAge ? now : DeviceTime;
    }
}
