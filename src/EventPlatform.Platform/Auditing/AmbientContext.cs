namespace EventPlatform.Platform.Auditing;

/// <summary>
/// Who and where the running code acts for: user, client IP and correlation id. Set by the request
/// middleware and by background jobs; read when audit rows are written.
/// </summary>
public static class AmbientContext
{
    private static readonly AsyncLocal<ExecutionInfo?> Current = new();

    public static ExecutionInfo Info => Current.Value ?? ExecutionInfo.Empty;

    public static IDisposable Use(ExecutionInfo info)
    {
        var previous = Current.Value;
        Current.Value = info;
        return new Restore(previous);
    }

    private sealed class Restore(ExecutionInfo? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

public sealed record ExecutionInfo(Guid? UserId, string? IpAddress, string? CorrelationId)
{
    public static readonly ExecutionInfo Empty = new(null, null, null);
}
