using System.Globalization;
using EventPlatform.Platform.Currencies;

namespace EventPlatform.Ticketing.Tickets.Documents;

/// <summary>Prices as "EUR 25.00" / "25,00 EUR": the ISO code is never ambiguous, unlike "$" or "kr".</summary>
public static class TicketMoney
{
    /// <summary>The amount in <paramref name="culture"/>'s number format, or <paramref name="freeText"/> when it is zero.</summary>
    public static string Format(decimal amount, string currency, CultureInfo culture, string freeText)
    {
        if (amount == 0) return freeText;
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        format.CurrencySymbol = currency.ToUpperInvariant();
        format.CurrencyDecimalDigits = MinorUnits.Exponent(format.CurrencySymbol);
        // Symbol-first patterns without a space ("$n", "-$n") would glue the code to the number.
        format.CurrencyPositivePattern = format.CurrencyPositivePattern switch { 0 => 2, 1 => 3, var p => p };
        return amount.ToString("C", format);
    }
}
