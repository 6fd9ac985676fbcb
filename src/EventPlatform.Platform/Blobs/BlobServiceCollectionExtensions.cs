using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Platform.Blobs;

public static class BlobServiceCollectionExtensions
{
    /// <summary>Blob containers from the <c>Blobs</c> section (file system by default) and their signed download URLs.</summary>
    public static IServiceCollection AddPlatformBlobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BlobOptions>()
            .Bind(configuration.GetSection(BlobOptions.SectionName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
                options.FileSystem.Path = Path.GetFullPath(options.FileSystem.Path, environment.ContentRootPath))
            .Validate(options => string.Equals(options.Provider, BlobOptions.FileSystemProvider, StringComparison.OrdinalIgnoreCase),
                $"Blobs:Provider must be '{BlobOptions.FileSystemProvider}'.")
            .ValidateOnStart();
        services.AddSingleton<IBlobStore, FileSystemBlobStore>();
        services.AddSingleton<BlobUrlSigner>();
        services.AddSingleton(typeof(IBlobContainer<>), typeof(BlobContainer<>));
        return services;
    }
}
