using EventPlatform.Platform.Blobs;

namespace EventPlatform.Platform.Tests.Blobs;

[BlobContainerName("avatars")]
public sealed class AvatarPictures;

/// <summary>No attribute: the container is "event-banners".</summary>
public sealed class EventBanners;
