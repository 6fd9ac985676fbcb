using EventPlatform.Platform.Blobs;

namespace EventPlatform.Identity.Profile;

/// <summary>Blob container of users' avatars. Users are global, so avatars live in the host folder.</summary>
[BlobContainerName("avatars")]
public sealed class Avatars;
