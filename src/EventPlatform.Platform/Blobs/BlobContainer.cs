using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Platform.Blobs;

/// <summary>
/// The container named by <typeparamref name="TContainer"/>, holding the current tenant's blobs only
/// (host-side code gets the "host" folder). Names are validated before any provider sees them.
/// </summary>
public sealed class BlobContainer<TContainer>(IBlobStore store, BlobUrlSigner signer) : IBlobContainer<TContainer>
    where TContainer : class
{
    private static readonly string ContainerName = BlobNames.ContainerOf(typeof(TContainer));

    public Task SaveAsync(string name, Stream content, string contentType, CancellationToken cancellationToken = default) =>
        store.SaveAsync(Locate(name), content, contentType, cancellationToken);

    public Task<BlobContent?> GetOrNullAsync(string name, CancellationToken cancellationToken = default) =>
        store.GetOrNullAsync(Locate(name), cancellationToken);

    public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(Locate(name), cancellationToken);

    public Task<Uri> GetDownloadUrlAsync(string name, TimeSpan validFor, CancellationToken cancellationToken = default) =>
        Task.FromResult(signer.CreateUrl(Locate(name), validFor));

    private static BlobLocation Locate(string name) => new(ContainerName, CurrentTenant.CurrentId, BlobNames.Validate(name));
}
