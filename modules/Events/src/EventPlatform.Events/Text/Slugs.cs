using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EventPlatform.Events.Events;

namespace EventPlatform.Events.Text;

/// <summary>URL slugs: lowercase ASCII letters and digits joined by single hyphens ("Köln Summit 2027" -> "koln-summit-2027").</summary>
public static partial class Slugs
{
    public static bool IsValid(string? slug) =>
        slug is { Length: >= EventConsts.MinSlugLength and <= EventConsts.MaxSlugLength } && SlugRegex().IsMatch(slug);

    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            ascii.Append(c switch { 'ß' => "ss", 'æ' => "ae", 'ø' => "o", 'œ' => "oe", _ => c.ToString() });
        }

        var slug = NonAlphanumeric().Replace(ascii.ToString().ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > EventConsts.MaxSlugLength) slug = slug[..EventConsts.MaxSlugLength].TrimEnd('-');
        return slug.Length >= EventConsts.MinSlugLength ? slug : (slug + "-event").Trim('-');
    }

    [GeneratedRegex(EventConsts.SlugPattern)]
    private static partial Regex SlugRegex();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
