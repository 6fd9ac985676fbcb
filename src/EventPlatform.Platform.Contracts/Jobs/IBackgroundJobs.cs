namespace EventPlatform.Platform.Jobs;

/// <summary>A background job; it runs inside the tenant and for the user that enqueued it.</summary>
public interface IBackgroundJob<in TArgs>
{
    Task ExecuteAsync(TArgs args, CancellationToken cancellationToken);
}

public interface IBackgroundJobs
{
    /// <summary>Queues <typeparamref name="TJob"/> with the current tenant and user; returns the job id.</summary>
    string Enqueue<TJob, TArgs>(TArgs args, TimeSpan? delay = null) where TJob : IBackgroundJob<TArgs>;
}
