using System.ComponentModel;
using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace EventPlatform.Platform.Jobs;

/// <summary>
/// What Hangfire actually executes: restores the tenant and user the job was enqueued with, then runs
/// <typeparamref name="TJob"/> from a new DI scope created inside that context.
/// </summary>
public sealed class JobRunner<TJob, TArgs>(IServiceScopeFactory scopeFactory, ICurrentTenant currentTenant)
    where TJob : IBackgroundJob<TArgs>
{
    /// <param name="jobName">Only for the dashboard, which shows e.g. "SendTicketsJob (tenant ...)" instead of the runner's name.</param>
    [DisplayName("{0} ({2})")]
    public async Task RunAsync(string jobName, TArgs args, JobOrigin origin, CancellationToken cancellationToken)
    {
        using (currentTenant.Change(origin.TenantId))
        using (AmbientContext.Use(new ExecutionInfo(origin.UserId, null, origin.CorrelationId)))
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var job = ActivatorUtilities.GetServiceOrCreateInstance<TJob>(scope.ServiceProvider);
            await job.ExecuteAsync(args, cancellationToken);
        }
    }
}
