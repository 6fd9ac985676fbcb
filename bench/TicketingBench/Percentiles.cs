internal static class Percentiles
{
    /// <summary>Nearest-rank percentile of <paramref name="values"/> (which it sorts).</summary>
    public static double Of(List<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        values.Sort();
        return values[(int)Math.Clamp(Math.Ceiling(p / 100 * values.Count) - 1, 0, values.Count - 1)];
    }
}
