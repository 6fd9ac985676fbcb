using System.Text;
using System.Text.RegularExpressions;
using MimeKit.Text;

namespace EventPlatform.Platform.Email;

/// <summary>
/// The plain-text alternative of an HTML email and its <c>&lt;title&gt;</c>, read with MimeKit's HTML tokenizer:
/// block elements become line breaks, list items dashes, links "text (url)"; head, style and script are dropped.
/// </summary>
public static partial class HtmlToText
{
    private static readonly HashSet<HtmlTagId> Hidden = [HtmlTagId.Head, HtmlTagId.Title, HtmlTagId.Style, HtmlTagId.Script];

    private static readonly HashSet<HtmlTagId> Blocks =
    [
        HtmlTagId.P, HtmlTagId.Div, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3, HtmlTagId.H4, HtmlTagId.H5, HtmlTagId.H6,
        HtmlTagId.Table, HtmlTagId.TR, HtmlTagId.UL, HtmlTagId.OL, HtmlTagId.BlockQuote, HtmlTagId.Pre, HtmlTagId.HR,
        HtmlTagId.Header, HtmlTagId.Footer, HtmlTagId.Section, HtmlTagId.Article, HtmlTagId.Main,
    ];

    public static string Convert(string html)
    {
        var text = new StringBuilder();
        var hiddenDepth = 0;
        string? href = null;
        var linkStart = 0;
        foreach (var token in Tokens(html))
        {
            if (token is HtmlTagToken tag)
            {
                if (Hidden.Contains(tag.Id))
                {
                    if (!tag.IsEmptyElement) hiddenDepth = Math.Max(0, hiddenDepth + (tag.IsEndTag ? -1 : 1));
                }
                else if (tag.Id == HtmlTagId.Br) text.Append('\n');
                else if (tag.Id == HtmlTagId.LI && !tag.IsEndTag) text.Append("\n- ");
                else if (Blocks.Contains(tag.Id)) text.Append("\n\n");
                else if (tag.Id == HtmlTagId.TD && tag.IsEndTag) text.Append(' ');
                else if (tag.Id == HtmlTagId.A && !tag.IsEndTag)
                {
                    href = tag.Attributes.FirstOrDefault(a => a.Id == HtmlAttributeId.Href)?.Value;
                    linkStart = text.Length;
                }
                else if (tag.Id == HtmlTagId.A && href is not null)
                {
                    // Only a link whose text is not already the address needs the address written out.
                    if (href.StartsWith("http", StringComparison.OrdinalIgnoreCase) && text.ToString(linkStart, text.Length - linkStart).Trim() != href)
                    {
                        text.Append(" (").Append(href).Append(')');
                    }

                    href = null;
                }
            }
            else if (token is HtmlDataToken data && token.Kind == HtmlTokenKind.Data && hiddenDepth == 0)
            {
                text.Append(Whitespace().Replace(data.Data, " "));
            }
        }

        return Tidy(text.ToString());
    }

    /// <summary>The decoded text of the first <c>&lt;title&gt;</c>, or null.</summary>
    public static string? Title(string html)
    {
        StringBuilder? title = null;
        foreach (var token in Tokens(html))
        {
            if (token is HtmlTagToken { Id: HtmlTagId.Title } tag)
            {
                if (tag.IsEndTag) break;
                title = new StringBuilder();
            }
            else if (token is HtmlDataToken data && title is not null)
            {
                title.Append(data.Data);
            }
        }

        return title is null ? null : Whitespace().Replace(title.ToString(), " ").Trim();
    }

    private static IEnumerable<HtmlToken> Tokens(string html)
    {
        using var reader = new StringReader(html);
        var tokenizer = new HtmlTokenizer(reader) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            yield return token;
        }
    }

    private static string Tidy(string text)
    {
        var lines = text.Split('\n').Select(line => line.Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
