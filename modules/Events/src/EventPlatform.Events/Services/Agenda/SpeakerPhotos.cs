using EventPlatform.Platform.Blobs;

namespace EventPlatform.Events.Services.Agenda;

/// <summary>Blob container of speaker photos.</summary>
[BlobContainerName("speaker-photos")]
public sealed class SpeakerPhotos
{
    public static readonly TimeSpan UrlLifetime = TimeSpan.FromHours(12);
}
