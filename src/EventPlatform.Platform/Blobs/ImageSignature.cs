namespace EventPlatform.Platform.Blobs;

/// <summary>The image type a file's first bytes prove, whatever name or content type the browser sent with it.</summary>
public static class ImageSignature
{
    /// <summary>(content type, file extension), or null when the bytes are not a PNG, JPEG or WebP image.</summary>
    public static (string ContentType, string Extension)? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return ("image/png", ".png");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return ("image/jpeg", ".jpg");
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return ("image/webp", ".webp");
        return null;
    }
}
