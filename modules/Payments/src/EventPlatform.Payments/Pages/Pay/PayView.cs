using System.Globalization;
using EventPlatform.Identity.Organizations;
using EventPlatform.Ticketing.Orders;

namespace EventPlatform.Payments.Pages.Pay;

/// <summary>What the buyer's payment pages show: the organization's look, the order and where to go next.</summary>
public sealed record PayView(OrganizationBrandingDto Brand, PayableOrder Order, string OrderPath, string PayPath)
{
    public string? Style => Brand.PrimaryColor is { } primary ? $"--ep-brand: {primary}; --ep-brand-deep: {primary};" : null;

    public string Monogram => Brand.Name[..1].ToUpper(CultureInfo.CurrentCulture);

    public string Total => Order.Total.ToString("C", Money(Order.Currency));

    public static string ProviderName(string provider) => provider switch
    {
        PaymentProviderNames.Stripe => "Stripe",
        PaymentProviderNames.PayPal => "PayPal",
        _ => provider,
    };

    private static NumberFormatInfo Money(string currency)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = currency;
        return format;
    }
}
