using System.Text;
using EventPlatform.Platform.Blobs;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>The type a session file's own bytes prove; the name and the browser's content type are not trusted.</summary>
public static class AttachmentSignature
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>(content type, file extension), or null for anything we do not accept (executables, unknown binaries).</summary>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8)) return ("application/pdf", ".pdf");
        if (ImageSignature.Detect(bytes) is { } image) return image;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04])) return ("application/zip", ".zip");
        return IsPlainText(bytes) ? ("text/plain", ".txt") : null;
    }

    // Plain text: valid UTF-8 (a BOM is fine) without NUL bytes, which every binary format we refuse contains early on.
    private static bool IsPlainText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || bytes.Contains((byte)0)) return false;
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
