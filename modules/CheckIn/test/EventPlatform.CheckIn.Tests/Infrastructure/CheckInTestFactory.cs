using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.CheckIn.Tests.Infrastructure;

/// <summary>The production host on its own test database, with a clock tests move forward (list windows, re-entry days).</summary>
public sealed class CheckInTestFactory : EventPlatformFactory
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // The shared clock jumps ahead in some tests: timed sweeps would expire another test's reservation mid-way.
        builder.UseSetting("Ticketing:SweepSeconds", "0");
        builder.UseSetting("Payments:ReconcileSeconds", "0");
        builder.UseSetting("Ticketing:PublicBaseUrl", "http://localhost");
    }
}

[CollectionDefinition(Name)]
public sealed class CheckInCollection : ICollectionFixture<CheckInTestFactory>
{
    public const string Name = "CheckIn";
}
