using EventPlatform.Platform.Timing;
using System.Globalization;
using System.Text.RegularExpressions;
using EventPlatform.Identity.Profile;
using EventPlatform.Platform.Localization;

namespace EventPlatform.Identity.Organizations;

/// <summary>What a brand color, time zone, currency and language may be; shared by the validator and the entity.</summary>
public static partial class BrandingRules
{
    // ISO 4217 codes of every region .NET knows (ICU data), so the list follows the runtime, not a copy in our code.
    private static readonly Lazy<HashSet<string>> Currencies = new(() =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
            .Where(code => code is { Length: OrganizationConsts.CurrencyLength })
            .Select(code => code!)
            .ToHashSet(StringComparer.Ordinal));

    public static IReadOnlyCollection<string> AllCurrencies => Currencies.Value;

    public static bool IsColor(string? color) => color is null || ColorRegex().IsMatch(color);

    public static bool IsTimeZone(string? zone) =>
        zone is { Length: > 0 and <= OrganizationConsts.MaxTimeZoneLength }
        && TimeZones.IsKnown(zone);

    public static bool IsCurrency(string? currency) => currency is not null && Currencies.Value.Contains(currency);

    public static bool IsLanguage(string? language) => language is not null && JsonLocalizationStore.SupportedCultures.Contains(language);

    [GeneratedRegex(OrganizationConsts.ColorPattern)]
    private static partial Regex ColorRegex();
}
