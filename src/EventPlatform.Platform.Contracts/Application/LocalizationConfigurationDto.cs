namespace EventPlatform.Platform.Application;

/// <summary>The request's cultures and, per localization resource name, every text in the current UI culture (English where missing).</summary>
public sealed record LocalizationConfigurationDto(
    string CurrentCulture,
    string CurrentUICulture,
    IReadOnlyList<string> SupportedCultures,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Texts);
