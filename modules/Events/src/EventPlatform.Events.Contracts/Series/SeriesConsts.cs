namespace EventPlatform.Events.Series;

public static class SeriesConsts
{
    /// <summary>At most this many occurrences are generated, so a rule without an end cannot run away.</summary>
    public const int MaxOccurrences = 104;
    public const int MaxRuleLength = 500;
}
