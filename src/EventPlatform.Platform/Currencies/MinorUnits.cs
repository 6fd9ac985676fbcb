namespace EventPlatform.Platform.Currencies;

/// <summary>A currency's minor units (cents; yen have none): how far amounts are rounded and what payment providers count in.</summary>
public static class MinorUnits
{
    private static readonly HashSet<string> ZeroDecimal = new(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> ThreeDecimal = new(StringComparer.OrdinalIgnoreCase) { "BHD", "JOD", "KWD", "OMR", "TND" };

    public static int Exponent(string currency) => ZeroDecimal.Contains(currency) ? 0 : ThreeDecimal.Contains(currency) ? 3 : 2;

    /// <summary>The amount rounded to the currency's minor unit, halves away from zero.</summary>
    public static decimal Round(decimal amount, string currency) => decimal.Round(amount, Exponent(currency), MidpointRounding.AwayFromZero);

    public static long ToMinor(decimal amount, string currency) => (long)decimal.Round(amount * Factor(currency), 0, MidpointRounding.AwayFromZero);

    public static decimal FromMinor(long amount, string currency) => amount / Factor(currency);

    private static decimal Factor(string currency) => Exponent(currency) switch { 0 => 1m, 3 => 1000m, _ => 100m };
}
