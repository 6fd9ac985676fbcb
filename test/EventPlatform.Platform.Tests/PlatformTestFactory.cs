using EventPlatform.Platform.Data;
using EventPlatform.Platform.Outbox;
using EventPlatform.Platform.Settings;
using EventPlatform.Platform.Tests.Jobs;
using EventPlatform.Platform.Tests.Outbox;
using EventPlatform.Platform.Tests.Settings;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests;

public sealed class PlatformTestFactory : EventPlatformFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Jobs:PollingInterval", "0.2");
        // The outbox tests drive dispatchers themselves (as after a restart); none runs in the background here.
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting($"Settings:{TestSettings.Configured}", "configured");
        builder.UseSetting($"Settings:{TestSettings.GlobalOverConfiguration}", "configured");
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddModuleDbContext<TestDbContext>(TestDbContext.SchemaName);
        services.AddSingleton<JobProbe>();
        services.AddSingleton<DeliveryLog>();
        services.AddIntegrationEventHandler<NoteWritten, RecordingNoteHandler>();
        services.AddSettingDefinitions<TestSettings>();
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformTestFactory>
{
    public const string Name = "Platform";
}
