using EventPlatform.Platform.Blobs;

namespace EventPlatform.Identity.Organizations;

/// <summary>Blob container of organization logos (one folder per organization).</summary>
[BlobContainerName("organization-logos")]
public sealed class OrganizationLogos;
