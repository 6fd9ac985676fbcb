namespace EventPlatform.Platform.Tests.Outbox;

/// <summary>The system clock moved by a fixed offset, to run a dispatcher "later" without waiting.</summary>
public sealed class ShiftedTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
