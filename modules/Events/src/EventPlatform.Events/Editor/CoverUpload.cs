using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;

namespace EventPlatform.Events.Editor;

/// <summary>An uploaded cover image that passed the size and type checks (type read from the first bytes, not trusted from the browser).</summary>
public sealed record CoverUpload(Stream Content, string ContentType, string Extension)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<CoverUpload> ReadAsync(Stream source, long length, CancellationToken cancellationToken = default)
    {
        if (length is <= 0 or > MaxBytes) throw Invalid();
        var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length is 0 or > MaxBytes) throw Invalid();
        var (type, extension) = ImageSignature.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) ?? throw Invalid();
        buffer.Position = 0;
        return new CoverUpload(buffer, type, extension);
    }

    private static BusinessException Invalid() => new(EventsErrorCodes.CoverImageInvalid);
}
