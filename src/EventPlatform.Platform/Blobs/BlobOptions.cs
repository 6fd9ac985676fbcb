namespace EventPlatform.Platform.Blobs;

/// <summary>Configuration section <c>Blobs</c>.</summary>
public sealed class BlobOptions
{
    public const string SectionName = "Blobs";
    public const string FileSystemProvider = "FileSystem";

    /// <summary>Where blobs live. Only <c>FileSystem</c> for now.</summary>
    public string Provider { get; set; } = FileSystemProvider;

    public FileSystemBlobOptions FileSystem { get; set; } = new();
}

public sealed class FileSystemBlobOptions
{
    /// <summary>Root folder; relative paths are under the content root.</summary>
    public string Path { get; set; } = ".data/blobs";
}
