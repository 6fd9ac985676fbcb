namespace EventPlatform.Platform.Settings;

/// <summary>The kernel's settings: defaults for organizations that have not chosen their own.</summary>
public sealed class PlatformSettingDefinitionProvider : ISettingDefinitionProvider
{
    public IEnumerable<SettingDefinition> Define() =>
    [
        new(PlatformSettings.DefaultLanguage, "en", IsVisibleToClients: true),
        new(PlatformSettings.DefaultTimeZone, "UTC", IsVisibleToClients: true),
        new(PlatformSettings.DefaultCurrency, "EUR", IsVisibleToClients: true),
    ];
}
