using System.Collections.Concurrent;
using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Outbox;
using EventPlatform.Platform.Settings;
using EventPlatform.Platform.Tests.AutoApi.TestService;
using EventPlatform.Platform.Tests.Jobs;
using EventPlatform.Platform.Tests.Outbox;
using EventPlatform.Platform.Tests.Settings;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests;

public sealed class PlatformTestFactory : EventPlatformFactory, IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, WebApplicationFactory<Program>> _environments = new();

    /// <summary>Blobs and pickup-directory mail of this test run, removed afterwards.</summary>
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"ep-platform-tests-{Guid.NewGuid():N}");

    /// <summary>
    /// A second host on the same database and folders, changed by <paramref name="configure"/>. It runs no job server,
    /// so that jobs enqueued by this factory's host still run here (where their tests watch for them).
    /// </summary>
    public WebApplicationFactory<Program> Derive(Action<IWebHostBuilder> configure) =>
        WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Jobs:Enabled", "false");
            configure(builder);
        });

    /// <summary>The same host and database in another environment (Development, Production); one per environment, disposed with this factory.</summary>
    public WebApplicationFactory<Program> InEnvironment(string environment) =>
        _environments.GetOrAdd(environment, name => Derive(builder => builder.UseEnvironment(name)));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:PollingInterval", "0.2");
        // The outbox tests drive dispatchers themselves (as after a restart); none runs in the background here.
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting($"Settings:{TestSettings.Configured}", "configured");
        builder.UseSetting($"Settings:{TestSettings.GlobalOverConfiguration}", "configured");
        builder.UseSetting("Blobs:FileSystem:Path", Path.Combine(DataDirectory, "blobs"));
        builder.UseSetting("Email:PickupDirectory", Path.Combine(DataDirectory, "mail"));
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddModuleDbContext<TestDbContext>(TestDbContext.SchemaName);
        services.AddSingleton<JobProbe>();
        services.AddSingleton<DeliveryLog>();
        services.AddIntegrationEventHandler<NoteWritten, RecordingNoteHandler>();
        services.AddIntegrationEventBatchHandler<NoteWritten, RecordingNoteBatchHandler>();
        services.AddSettingDefinitions<TestSettings>();
        services.AddApplicationServices(typeof(TestAppService).Assembly);
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
