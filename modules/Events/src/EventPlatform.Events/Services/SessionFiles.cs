using EventPlatform.Platform.Blobs;

namespace EventPlatform.Events.Services;

/// <summary>Blob container of files attached to sessions (one folder per organization).</summary>
[BlobContainerName("session-files")]
public sealed class SessionFiles;
