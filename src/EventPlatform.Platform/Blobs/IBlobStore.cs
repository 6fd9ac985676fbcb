namespace EventPlatform.Platform.Blobs;

/// <summary>A storage provider behind every <see cref="IBlobContainer{TContainer}"/> (file system; S3 later).</summary>
public interface IBlobStore
{
    Task SaveAsync(BlobLocation location, Stream content, string contentType, CancellationToken cancellationToken);

    Task<BlobContent?> GetOrNullAsync(BlobLocation location, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(BlobLocation location, CancellationToken cancellationToken);
}
