using System.Globalization;
using EventPlatform.Platform.Localization;

namespace EventPlatform.Web.Localization;

/// <summary>The languages the picker offers, each named in itself ("Deutsch", not "German").</summary>
public static class SupportedLanguages
{
    public static IReadOnlyList<Language> All { get; } = [.. JsonLocalizationStore.SupportedCultures.Select(Describe)];

    public static bool IsSupported(string? culture) =>
        culture is not null && JsonLocalizationStore.SupportedCultures.Contains(culture, StringComparer.Ordinal);

    private static Language Describe(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var native = culture.NativeName;
        return new Language(name, char.ToUpper(native[0], culture) + native[1..]);
    }
}

public sealed record Language(string Culture, string NativeName);
