using System.Globalization;
using System.Text;

namespace EventPlatform.Events.Search;

/// <summary>
/// What the visitor typed, folded as <c>events.search_fold</c> folds stored text (accents off, lower case), split into
/// words. Built here rather than in SQL so the planner sees the final tsquery and can estimate how many rows match.
/// </summary>
internal static class SearchText
{
    public static IReadOnlyList<string> Words(string text) =>
        Fold(text).Split(c => !char.IsLetterOrDigit(c)).Where(w => w.Length > 0).ToList();

    /// <summary><c>'kol':*</c>, or <c>'data':* &amp; 's':*</c>: every typed word starts a word of the title.</summary>
    public static string? PrefixQuery(string text)
    {
        var words = Words(text);
        return words.Count == 0 ? null : string.Join(" & ", words.Select(w => $"'{w}':*"));
    }

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            folded.Append(c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'œ' or 'Œ' => "oe",
                'ø' or 'Ø' => "o",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' => "d",
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string[] Split(this string text, Func<char, bool> separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (separator(c))
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts.ToArray();
    }
}
