using Hangfire;

namespace EventPlatform.Platform.Jobs;

/// <summary><see cref="IBackgroundJobs"/> on Hangfire: every job carries the current tenant and user.</summary>
public sealed class HangfireBackgroundJobs(IBackgroundJobClient client) : IBackgroundJobs
{
    public string Enqueue<TJob, TArgs>(TArgs args, TimeSpan? delay = null) where TJob : IBackgroundJob<TArgs>
    {
        var origin = JobOrigin.Capture();
        var name = typeof(TJob).Name;
        // Hangfire substitutes the server's shutdown token for CancellationToken.None when it runs the job.
        return delay is { } wait && wait > TimeSpan.Zero
            ? client.Schedule<JobRunner<TJob, TArgs>>(r => r.RunAsync(name, args, origin, CancellationToken.None), wait)
            : client.Enqueue<JobRunner<TJob, TArgs>>(r => r.RunAsync(name, args, origin, CancellationToken.None));
    }
}
