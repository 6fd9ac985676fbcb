using PdfSharp.Drawing;
using QRCoder;

namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>
/// Draws a QR code as vector rectangles from QRCoder's module matrix: PDFsharp refuses QRCoder's 1-bit PNGs, and
/// vectors stay sharp at any print size.
/// </summary>
public static class QrCodeDrawing
{
    /// <summary>Draws <paramref name="payload"/> in the square at (<paramref name="x"/>, <paramref name="y"/>), quiet zone included.</summary>
    public static void Draw(XGraphics graphics, string payload, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        // Level M: survives a crease or a cracked phone screen and keeps a ~170-character payload at a low version.
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        graphics.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < matrix.Count; row++)
        {
            var column = 0;
            while (column < matrix.Count)
            {
                if (!matrix[row][column]) { column++; continue; }
                // One rectangle per run of dark modules keeps the content stream small.
                var runStart = column;
                while (column < matrix.Count && matrix[row][column]) column++;
                // A hair of overlap hides anti-aliasing seams between rows in PDF viewers.
                graphics.DrawRectangle(XBrushes.Black, x + runStart * module, y + row * module, (column - runStart) * module, module + 0.05);
            }
        }
    }
}
