namespace EventPlatform.Platform.Currencies;

/// <summary>Tax at a percentage rate, rounded to the currency's minor unit: inside a price that includes it, or on top of a net one.</summary>
public static class Taxes
{
    /// <summary>The tax contained in <paramref name="gross"/> (a price that includes tax at <paramref name="rate"/> percent).</summary>
    public static decimal Included(decimal gross, decimal rate, string currency) =>
        gross <= 0 || rate <= 0 ? 0 : gross - MinorUnits.Round(gross / (1 + rate / 100m), currency);

    /// <summary>The tax added to <paramref name="net"/> at <paramref name="rate"/> percent.</summary>
    public static decimal Added(decimal net, decimal rate, string currency) =>
        net <= 0 || rate <= 0 ? 0 : MinorUnits.Round(net * rate / 100m, currency);
}
