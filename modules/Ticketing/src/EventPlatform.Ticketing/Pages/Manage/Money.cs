using System.Collections.Concurrent;
using System.Globalization;

namespace EventPlatform.Ticketing.Pages.Manage;

/// <summary>Prices in the reader's number format with the ticket's own currency symbol (49,99 € for a German reader of a EUR price).</summary>
public static class Money
{
    private static readonly ConcurrentDictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase);

    public static string Format(decimal amount, string currency)
    {
        var format = (NumberFormatInfo)CultureInfo.CurrentCulture.NumberFormat.Clone();
        format.CurrencySymbol = Symbols.GetOrAdd(currency, SymbolOf);
        return amount.ToString("C", format);
    }

    /// <summary>The symbol the currency's home cultures use (€, $, £); the ISO code itself when none is known.</summary>
    private static string SymbolOf(string currency) =>
        CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => new RegionInfo(c.Name))
            .FirstOrDefault(r => string.Equals(r.ISOCurrencySymbol, currency, StringComparison.OrdinalIgnoreCase))?.CurrencySymbol
        ?? currency.ToUpperInvariant();
}
