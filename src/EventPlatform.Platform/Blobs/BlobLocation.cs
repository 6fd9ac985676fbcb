namespace EventPlatform.Platform.Blobs;

/// <summary>Where one blob lives: container, owning tenant (null = host) and validated name.</summary>
public sealed record BlobLocation(string Container, Guid? TenantId, string Name)
{
    public const string HostFolder = "host";

    public string TenantFolder => TenantId?.ToString("D") ?? HostFolder;
}
