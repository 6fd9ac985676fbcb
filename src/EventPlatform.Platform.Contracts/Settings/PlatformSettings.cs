namespace EventPlatform.Platform.Settings;

/// <summary>Names of the kernel's settings; read them with <see cref="ISettingProvider"/>.</summary>
public static class PlatformSettings
{
    public const string DefaultLanguage = "Platform.DefaultLanguage";
    public const string DefaultTimeZone = "Platform.DefaultTimeZone";
    public const string DefaultCurrency = "Platform.DefaultCurrency";
}
