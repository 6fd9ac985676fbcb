namespace EventPlatform.Platform.Jobs;

/// <summary>Configuration section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>The PostgreSQL schema of Hangfire's tables, installed by the owner role during migration.</summary>
    public const string Schema = "hangfire";

    /// <summary>False: this process runs no Hangfire server (it can still enqueue; other nodes execute).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Jobs this process executes at the same time.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>Seconds between looks for queued and scheduled jobs (fractions allowed, e.g. 0.2 in tests).</summary>
    public double PollingInterval { get; set; } = 5;

    public TimeSpan PollingTimeSpan => TimeSpan.FromSeconds(PollingInterval);
}
