using EventPlatform.Events.Sessions;
using EventPlatform.Platform.Exceptions;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>A session file that passed the size and type checks, held in memory (at most <see cref="SessionConsts.MaxAttachmentBytes"/>).</summary>
public sealed record SessionFileUpload(Stream Content, string FileName, string ContentType, long Length)
{
    public static async Task<SessionFileUpload> ReadAsync(Stream source, string? fileName, long length, CancellationToken cancellationToken = default)
    {
        if (length > SessionConsts.MaxAttachmentBytes) throw TooLarge();
        var buffer = new MemoryStream();
        // Stop as soon as the limit is passed, so a client that lies about the length cannot make us hold more.
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > SessionConsts.MaxAttachmentBytes) throw TooLarge();
        }

        if (buffer.Length == 0) throw new BusinessException(EventsErrorCodes.AttachmentTypeNotAllowed);
        var (type, extension) = AttachmentSignature.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))
            ?? throw new BusinessException(EventsErrorCodes.AttachmentTypeNotAllowed);
        if (!SessionConsts.AllowedAttachmentTypes.Contains(type)) throw new BusinessException(EventsErrorCodes.AttachmentTypeNotAllowed);
        buffer.Position = 0;
        return new SessionFileUpload(buffer, NameFor(fileName, extension), type, buffer.Length);
    }

    // Keep the organizer's name for people to recognise, but make its extension tell the truth about the bytes.
    private static string NameFor(string? fileName, string extension)
    {
        var stem = Path.GetFileNameWithoutExtension(Path.GetFileName((fileName ?? "").Replace('\\', '/')));
        stem = new string(stem.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (stem.Length == 0) stem = "file";
        var max = SessionConsts.MaxFileNameLength - extension.Length;
        return (stem.Length > max ? stem[..max] : stem) + extension;
    }

    private static BusinessException TooLarge() =>
        new BusinessException(EventsErrorCodes.AttachmentTooLarge).WithData("maxMegabytes", SessionConsts.MaxAttachmentBytes / 1024 / 1024);
}
