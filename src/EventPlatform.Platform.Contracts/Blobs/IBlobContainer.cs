namespace EventPlatform.Platform.Blobs;

/// <summary>Named storage for files. <typeparamref name="TContainer"/> is a marker class naming the container.</summary>
public interface IBlobContainer<TContainer> where TContainer : class
{
    Task SaveAsync(string name, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Null when there is no such blob.</summary>
    Task<BlobContent?> GetOrNullAsync(string name, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>A URL that serves the blob until <paramref name="validFor"/> has passed.</summary>
    Task<Uri> GetDownloadUrlAsync(string name, TimeSpan validFor, CancellationToken cancellationToken = default);
}

public sealed record BlobContent(Stream Content, string ContentType, long Length);
