using System.Globalization;
using System.Net;
using EventPlatform.Platform.Localization;
using EventPlatform.TestBase;
using EventPlatform.Web.Localization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.E2E.Infrastructure;

/// <summary>The real host served by Kestrel on a free loopback port, so a real browser can reach it.</summary>
public sealed class E2EFactory : EventPlatformFactory
{
    public E2EFactory() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>Stripe's API and hosted checkout, played locally: the browser pays there as a buyer would.</summary>
    public TestBase.PaymentStandIns.StripeStandIn Stripe { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Payments:StripeApiBase", Stripe.Url);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Stripe.Dispose();
    }

    /// <summary>Where the app listens, e.g. <c>http://127.0.0.1:40123</c>; the server starts with the fixture.</summary>
    public string BaseUrl => Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
        .Addresses.Single();

    /// <summary>A text of the web resource, as the pages show it in <paramref name="culture"/>.</summary>
    public string Text(string culture, string key, params object[] arguments)
    {
        var text = Services.GetRequiredService<JsonLocalizationStore>().Find(typeof(WebResource), key, CultureInfo.GetCultureInfo(culture));
        text.ShouldNotBeNull($"Localization/Web/{culture}.json has no text {key}");
        return string.Format(CultureInfo.GetCultureInfo(culture), text, arguments);
    }

    /// <summary>A text of the Identity module's resource, as its pages show it in <paramref name="culture"/>.</summary>
    public string IdentityText(string culture, string key)
    {
        var text = Services.GetRequiredService<JsonLocalizationStore>().Find(typeof(Identity.IdentityResource), key, CultureInfo.GetCultureInfo(culture));
        text.ShouldNotBeNull($"Localization/Identity/{culture}.json has no text {key}");
        return text;
    }
}
