using System.Collections.Concurrent;

namespace EventPlatform.Platform.Tests.Jobs;

public sealed record JobRun(Guid RunId, Guid? TenantId, bool IsHostScope, Guid? UserId, string? CorrelationId);

/// <summary>Where <see cref="ProbeJob"/> reports; tests wait here, bounded, for a run.</summary>
public sealed class JobProbe
{
    private readonly ConcurrentDictionary<Guid, JobRun> _runs = new();

    public void Record(JobRun run) => _runs[run.RunId] = run;

    public async Task<JobRun> WaitForAsync(Guid runId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (_runs.TryGetValue(runId, out var run)) return run;
            await Task.Delay(100);
        }

        throw new TimeoutException($"Job run {runId} did not report within the timeout.");
    }

    public bool HasRun(Guid runId) => _runs.ContainsKey(runId);
}
