using PdfSharp.Fonts;

namespace EventPlatform.Platform.Documents;

/// <summary>
/// PDFsharp finds no system fonts on Linux: every family resolves to Debian's DejaVu Sans (or Sans Mono, for ticket codes) (package
/// <c>fonts-dejavu-core</c>), which covers Latin, Greek and Cyrillic names.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string MonoFamily = "DejaVu Sans Mono";
    public const string Directory = "/usr/share/fonts/truetype/dejavu";

    private static readonly Lock Gate = new();

    private static readonly Dictionary<string, string> Files = new()
    {
        ["DejaVuSans"] = "DejaVuSans.ttf",
        ["DejaVuSans-Bold"] = "DejaVuSans-Bold.ttf",
        ["DejaVuSans-Oblique"] = "DejaVuSans-Oblique.ttf",
        ["DejaVuSans-BoldOblique"] = "DejaVuSans-BoldOblique.ttf",
        ["DejaVuSansMono"] = "DejaVuSansMono.ttf",
        ["DejaVuSansMono-Bold"] = "DejaVuSansMono-Bold.ttf",
    };

    /// <summary>Installs the resolver once per process; PDFsharp's font settings are global.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is DejaVuFontResolver) return;
            GlobalFontSettings.FontResolver = new DejaVuFontResolver();
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        _ when familyName == MonoFamily => new FontResolverInfo(bold ? "DejaVuSansMono-Bold" : "DejaVuSansMono"),
        (true, true) => new FontResolverInfo("DejaVuSans-BoldOblique"),
        (true, false) => new FontResolverInfo("DejaVuSans-Bold"),
        (false, true) => new FontResolverInfo("DejaVuSans-Oblique"),
        _ => new FontResolverInfo("DejaVuSans"),
    };

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(Directory, Files[faceName]);
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"PDFs need the DejaVu fonts ({path}); install the fonts-dejavu-core package.", path);
    }
}
