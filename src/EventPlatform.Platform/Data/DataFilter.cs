namespace EventPlatform.Platform.Data;

/// <summary>
/// Switches the kernel's EF query filters off for the current async flow. The only way to bypass them:
/// <c>using (DataFilter.Disable(DataFilters.SoftDelete)) { ... }</c>. Row-level security still applies.
/// </summary>
public static class DataFilter
{
    private static readonly AsyncLocal<IReadOnlySet<string>?> Disabled = new();

    public static bool IsEnabled(string filter) => Disabled.Value?.Contains(filter) != true;

    public static IDisposable Disable(string filter)
    {
        var previous = Disabled.Value;
        var next = new HashSet<string>(previous ?? new HashSet<string>()) { filter };
        Disabled.Value = next;
        return new Restore(previous);
    }

    private sealed class Restore(IReadOnlySet<string>? previous) : IDisposable
    {
        public void Dispose() => Disabled.Value = previous;
    }
}

public static class DataFilters
{
    public const string Tenant = "Tenant";
    public const string SoftDelete = "SoftDelete";
}
