namespace EventPlatform.Identity.Sessions;

/// <summary>Browser and system ("Firefox", "Windows") from a user agent: enough for a person to recognize their own devices, nothing more.</summary>
public static class DeviceDescription
{
    // Order matters: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux.
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"),
        ("CriOS/", "Chrome"), ("Chrome/", "Chrome"), ("Chromium/", "Chromium"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("Android", "Android"), ("iPhone", "iOS"), ("iPad", "iPadOS"),
        ("Mac OS X", "macOS"), ("CrOS", "ChromeOS"), ("Linux", "Linux"),
    ];

    /// <summary>The browser and operating system named in <paramref name="userAgent"/>; each null when not recognized.</summary>
    public static (string? Browser, string? OperatingSystem) Describe(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent)) return (null, null);
        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name;
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return (browser, system);
    }
}
