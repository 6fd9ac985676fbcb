using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Payments.Tests.Infrastructure;

/// <summary>
/// The production host on its own test database, talking to a local Stripe stand-in instead of api.stripe.com, with a
/// clock tests can move forward (payment deadlines pass by it).
/// </summary>
public sealed class PaymentsTestFactory : EventPlatformFactory
{
    public StripeStandIn Stripe { get; } = new();

    public PayPalStandIn PayPal { get; } = new();

    public TestClock Clock { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:StripeApiBase", Stripe.Url);
        builder.UseSetting("Payments:PayPalSandboxApiBase", PayPal.Url);
        builder.UseSetting("Payments:ProviderTimeoutSeconds", "5");
        builder.UseSetting("Ticketing:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Jobs:PollingInterval", "0.2");
        // Sweeps run when a test calls them: the shared clock jumps ahead in some tests, and a sweep on a timer could
        // then cancel another test's order in the middle of it.
        builder.UseSetting("Ticketing:SweepSeconds", "0");
        builder.UseSetting("Payments:ReconcileSeconds", "0");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Stripe.Dispose();
        PayPal.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PaymentsCollection : ICollectionFixture<PaymentsTestFactory>
{
    public const string Name = "Payments";
}
