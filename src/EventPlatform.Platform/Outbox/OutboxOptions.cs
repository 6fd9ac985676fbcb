namespace EventPlatform.Platform.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>False: this process does not dispatch (another node does); events are still written.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between looks for pending messages when no commit nudged the dispatcher.</summary>
    public double PollInterval { get; set; } = 5;

    /// <summary>
    /// Milliseconds the dispatcher waits after a commit nudged it before it claims, so that a burst of commits
    /// is delivered by one pass. 0 dispatches at once after every commit.
    /// </summary>
    public int CoalesceMilliseconds { get; set; } = 50;

    /// <summary>Messages claimed and dispatched per transaction.</summary>
    public int BatchSize { get; set; } = 50;
}
