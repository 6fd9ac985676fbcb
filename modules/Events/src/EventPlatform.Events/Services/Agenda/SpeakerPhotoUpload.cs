using EventPlatform.Events.Speakers;
using EventPlatform.Platform.Blobs;
using EventPlatform.Platform.Exceptions;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>A speaker photo that passed the size and type checks (PNG, JPEG or WebP, read from the bytes).</summary>
public sealed record SpeakerPhotoUpload(Stream Content, string ContentType, string Extension)
{
    public static async Task<SpeakerPhotoUpload> ReadAsync(Stream source, long length, CancellationToken cancellationToken = default)
    {
        if (length is <= 0 or > SpeakerConsts.MaxPhotoBytes) throw Invalid();
        var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length is 0 or > SpeakerConsts.MaxPhotoBytes) throw Invalid();
        var (type, extension) = ImageSignature.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) ?? throw Invalid();
        buffer.Position = 0;
        return new SpeakerPhotoUpload(buffer, type, extension);
    }

    private static BusinessException Invalid() => new(EventsErrorCodes.SpeakerPhotoInvalid);
}
