using System.Globalization;
using PdfSharp.Drawing;

namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>The organization's brand color (<c>#RRGGBB</c>) and a readable text color on top of it.</summary>
public static class BrandColor
{
    /// <summary>The platform's own primary, for organizations without a color.</summary>
    public const string Default = "#4F46E5";

    public static XColor Parse(string? hex)
    {
        var value = int.Parse(Normalize(hex).AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return XColor.FromArgb((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF);
    }

    /// <summary>The color as <c>#RRGGBB</c>, or <see cref="Default"/> when it is not one (it also lands in mail CSS).</summary>
    public static string Normalize(string? hex) =>
        hex is { Length: 7 } && hex[0] == '#' && hex.Skip(1).All(char.IsAsciiHexDigit) ? hex.ToUpperInvariant() : Default;

    /// <summary><see cref="TextOn(XColor)"/> as <c>#RRGGBB</c>, for mail CSS.</summary>
    public static string TextOnHex(string? hex)
    {
        var text = TextOn(Parse(hex));
        return $"#{text.R:X2}{text.G:X2}{text.B:X2}";
    }

    /// <summary>White on dark colors, near-black on light ones (WCAG relative luminance).</summary>
    public static XColor TextOn(XColor background)
    {
        static double Channel(byte c) => c / 255d <= 0.03928 ? c / 255d / 12.92 : Math.Pow((c / 255d + 0.055) / 1.055, 2.4);
        var luminance = 0.2126 * Channel(background.R) + 0.7152 * Channel(background.G) + 0.0722 * Channel(background.B);
        return luminance > 0.179 ? XColor.FromArgb(17, 24, 39) : XColors.White;
    }
}
