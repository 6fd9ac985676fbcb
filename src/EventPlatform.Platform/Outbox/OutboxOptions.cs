namespace EventPlatform.Platform.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>False: this process does not dispatch (another node does); events are still written.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between looks for pending messages when no commit nudged the dispatcher.</summary>
    public double PollInterval { get; set; } = 5;

    /// <summary>Messages claimed and dispatched per transaction.</summary>
    public int BatchSize { get; set; } = 50;
}
