using System.Collections.Concurrent;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests;

public sealed class PlatformTestFactory : EventPlatformFactory, IAsyncLifetime
{
    /// <summary>Blobs and pickup-directory mail of this test run, removed afterwards.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"ep-platform-tests-{Guid.NewGuid():N}");

    private readonly ConcurrentDictionary<string, WebApplicationFactory<Program>> _environments = new();

    /// <summary>The same host and database in another environment (Development, Production); one per environment, disposed with this factory.</summary>
    public WebApplicationFactory<Program> InEnvironment(string environment) =>
        _environments.GetOrAdd(environment, name => WithWebHostBuilder(builder => builder.UseEnvironment(name)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Blobs:FileSystem:Path", Path.Combine(DataDirectory, "blobs"));
        builder.UseSetting("Email:PickupDirectory", Path.Combine(DataDirectory, "mail"));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddModuleDbContext<TestDbContext>(TestDbContext.SchemaName);
        services.AddTransient<IStartupFilter, NotesEndpoint>();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformTestFactory>
{
    public const string Name = "Platform";
}
