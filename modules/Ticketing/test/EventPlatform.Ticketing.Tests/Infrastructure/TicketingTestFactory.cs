using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using EventPlatform.Ticketing.Reservations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EventPlatform.Ticketing.Tests.Infrastructure;

/// <summary>The production host on its own test database, with a clock tests can move forward (reservations expire by it).</summary>
public sealed class TicketingTestFactory : EventPlatformFactory
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // E-mails from jobs and outbox handlers carry absolute links; jobs are picked up quickly so tests can read their mail.
        builder.UseSetting("Ticketing:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Jobs:PollingInterval", "0.2");
    }

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    /// <summary>One pass of the host's own <see cref="ExpiredHoldSweeper"/>, now, instead of waiting for its period.</summary>
    public Task<int> SweepExpiredHoldsAsync() =>
        Services.GetServices<IHostedService>().OfType<ExpiredHoldSweeper>().Single().SweepAsync(default);
}

[CollectionDefinition(Name)]
public sealed class TicketingCollection : ICollectionFixture<TicketingTestFactory>
{
    public const string Name = "Ticketing";
}
