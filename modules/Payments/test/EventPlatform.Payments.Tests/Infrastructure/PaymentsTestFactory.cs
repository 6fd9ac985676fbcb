using EventPlatform.TestBase;
using Microsoft.AspNetCore.Hosting;

namespace EventPlatform.Payments.Tests.Infrastructure;

/// <summary>The production host on its own test database, talking to a local Stripe stand-in instead of api.stripe.com.</summary>
public sealed class PaymentsTestFactory : EventPlatformFactory
{
    public StripeStandIn Stripe { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:StripeApiBase", Stripe.Url);
        builder.UseSetting("Payments:ProviderTimeoutSeconds", "5");
        builder.UseSetting("Ticketing:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Jobs:PollingInterval", "0.2");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Stripe.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PaymentsCollection : ICollectionFixture<PaymentsTestFactory>
{
    public const string Name = "Payments";
}
