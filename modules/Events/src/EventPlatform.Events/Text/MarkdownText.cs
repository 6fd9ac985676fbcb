using Ganss.Xss;
using Markdig;

namespace EventPlatform.Events.Text;

/// <summary>
/// Organizer-written Markdown as safe HTML (Markdig, then HtmlSanitizer: no scripts, no event handlers, no
/// raw HTML tricks) and as plain text for search and meta descriptions.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string? ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    public static string? ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? null : System.Text.RegularExpressions.Regex.Replace(Markdown.ToPlainText(markdown, Pipeline), @"\s+", " ").Trim();

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("mailto");
        // Links written by organizers open safely and carry no ranking endorsement.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Html.Dom.IHtmlAnchorElement anchor)
            {
                anchor.SetAttribute("rel", "noopener nofollow ugc");
            }
        };
        return sanitizer;
    }
}
