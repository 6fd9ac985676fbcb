using EventPlatform.Platform.AutoApi;
using EventPlatform.Platform.Data;
using EventPlatform.Platform.Tests.AutoApi.TestService;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests;

public sealed class PlatformTestFactory : EventPlatformFactory
{
    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.AddModuleDbContext<TestDbContext>(TestDbContext.SchemaName);
        services.AddApplicationServices(typeof(TestAppService).Assembly);
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformTestFactory>
{
    public const string Name = "Platform";
}
