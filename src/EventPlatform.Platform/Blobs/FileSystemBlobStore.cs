using System.Text.Json;
using Microsoft.Extensions.Options;

namespace EventPlatform.Platform.Blobs;

/// <summary>
/// Blobs as files: <c>{root}/{container}/{tenant id or "host"}/{name}</c>, with the content type in a
/// <c>{name}.meta</c> JSON sidecar. Files are written under a temporary name and moved into place.
/// </summary>
public sealed class FileSystemBlobStore(IOptions<BlobOptions> options) : IBlobStore
{
    private const string DefaultContentType = "application/octet-stream";

    public async Task SaveAsync(BlobLocation location, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(location);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await WriteAtomicallyAsync(path + BlobNames.MetadataSuffix,
            stream => JsonSerializer.SerializeAsync(stream, new BlobMetadata(contentType), cancellationToken: cancellationToken));
        await WriteAtomicallyAsync(path, stream => content.CopyToAsync(stream, cancellationToken));
    }

    public async Task<BlobContent?> GetOrNullAsync(BlobLocation location, CancellationToken cancellationToken)
    {
        var path = PathOf(location);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        return new BlobContent(stream, await ContentTypeOfAsync(path, cancellationToken), stream.Length);
    }

    public Task<bool> DeleteAsync(BlobLocation location, CancellationToken cancellationToken)
    {
        var path = PathOf(location);
        if (!File.Exists(path)) return Task.FromResult(false);
        File.Delete(path);
        File.Delete(path + BlobNames.MetadataSuffix);
        return Task.FromResult(true);
    }

    private string PathOf(BlobLocation location)
    {
        var root = Path.GetFullPath(options.Value.FileSystem.Path);
        var path = Path.GetFullPath(Path.Combine(root, location.Container, location.TenantFolder, BlobNames.Validate(location.Name)));
        // Names are validated already; this guards the folder boundary a second time.
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"Blob path {path} is outside {root}.");
    }

    private static async Task<string> ContentTypeOfAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var meta = File.OpenRead(path + BlobNames.MetadataSuffix);
            return (await JsonSerializer.DeserializeAsync<BlobMetadata>(meta, cancellationToken: cancellationToken))?.ContentType ?? DefaultContentType;
        }
        catch (FileNotFoundException)
        {
            return DefaultContentType;
        }
    }

    private static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private sealed record BlobMetadata(string ContentType);
}
