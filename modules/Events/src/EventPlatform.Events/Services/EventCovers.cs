using EventPlatform.Platform.Blobs;

namespace EventPlatform.Events.Services;

/// <summary>Blob container of event cover images.</summary>
[BlobContainerName("event-covers")]
public sealed class EventCovers
{
    public static readonly TimeSpan UrlLifetime = TimeSpan.FromHours(12);
}
