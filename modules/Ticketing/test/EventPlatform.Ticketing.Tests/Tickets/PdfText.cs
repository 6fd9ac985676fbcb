using UglyToad.PdfPig;

namespace EventPlatform.Ticketing.Tests.Tickets;

/// <summary>
/// The words on each page of a PDF, read back through the fonts' ToUnicode maps by PdfPig (PDFsharp writes glyph
/// ids, so the bytes never contain the text itself).
/// </summary>
internal static class PdfText
{
    public static IReadOnlyList<string> PagesOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
    }
}
