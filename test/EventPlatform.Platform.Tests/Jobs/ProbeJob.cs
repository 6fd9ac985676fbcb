using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Jobs;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Tests.TestModel;

namespace EventPlatform.Platform.Tests.Jobs;

public sealed record ProbeArgs(Guid RunId, bool WriteNote);

/// <summary>Records the context it ran in and, when asked, writes a note in the current tenant.</summary>
public sealed class ProbeJob(JobProbe probe, ICurrentTenant currentTenant, TestDbContext db) : IBackgroundJob<ProbeArgs>
{
    public async Task ExecuteAsync(ProbeArgs args, CancellationToken cancellationToken)
    {
        if (args.WriteNote)
        {
            db.Notes.Add(new Note(ProbeJobText(args.RunId)));
            await db.SaveChangesAsync(cancellationToken);
        }

        var info = AmbientContext.Info;
        probe.Record(new JobRun(args.RunId, currentTenant.Id, CurrentTenant.IsHostScope, info.UserId, info.CorrelationId));
    }

    public static string ProbeJobText(Guid runId) => $"job {runId}";
}
