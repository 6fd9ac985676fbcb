using EventPlatform.Platform.Data;
using EventPlatform.Platform.Tests.TestModel;
using EventPlatform.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Tests;

public sealed class PlatformTestFactory : EventPlatformFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddModuleDbContext<TestDbContext>(TestDbContext.SchemaName);
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformTestFactory>
{
    public const string Name = "Platform";
}
