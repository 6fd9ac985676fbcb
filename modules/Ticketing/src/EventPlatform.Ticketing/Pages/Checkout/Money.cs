using System.Globalization;

namespace EventPlatform.Ticketing.Pages.Checkout;

/// <summary>Prices as the checkout shows them: in the reader's number format, with the ISO currency code.</summary>
public static class Money
{
    public static string Format(decimal amount, string currency) =>
        string.Format(CultureInfo.CurrentCulture, "{0:N2} {1}", amount, currency);
}
