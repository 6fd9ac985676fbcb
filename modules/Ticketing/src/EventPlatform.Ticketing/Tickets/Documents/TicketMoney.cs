using System.Globalization;

namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>Prices as "EUR 25.00" / "25,00 EUR": the ISO code is never ambiguous, unlike "$" or "kr".</summary>
public static class TicketMoney
{
    // ISO 4217 currencies without minor units that events commonly sell in.
    private static readonly HashSet<string> ZeroDecimalCurrencies = ["JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF", "PYG"];

    /// <summary>The amount in <paramref name="culture"/>'s number format, or <paramref name="freeText"/> when it is zero.</summary>
    public static string Format(decimal amount, string currency, CultureInfo culture, string freeText)
    {
        if (amount == 0) return freeText;
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = currency.ToUpperInvariant();
        format.CurrencyDecimalDigits = ZeroDecimalCurrencies.Contains(format.CurrencySymbol) ? 0 : 2;
        // Symbol-first patterns without a space ("$n", "-$n") would glue the code to the number.
        format.CurrencyPositivePattern = format.CurrencyPositivePattern switch { 0 => 2, 1 => 3, var p => p };
        return amount.ToString("C", format);
    }
}
