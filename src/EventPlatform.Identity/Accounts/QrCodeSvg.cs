using QRCoder;

namespace EventPlatform.Identity.Accounts;

internal static class QrCodeSvg
{
    /// <summary>SVG markup of a QR code for <paramref name="text"/>, scalable by CSS (view box, no fixed size).</summary>
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
