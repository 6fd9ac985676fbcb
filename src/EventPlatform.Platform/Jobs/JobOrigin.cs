using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Platform.Jobs;

/// <summary>Who enqueued a job and for which organization; stored with the job so it runs in the same context.</summary>
public sealed record JobOrigin(Guid? TenantId, Guid? UserId, string? CorrelationId)
{
    public static JobOrigin Capture()
    {
        var info = AmbientContext.Info;
        return new JobOrigin(CurrentTenant.CurrentId, info.UserId, info.CorrelationId);
    }

    public override string ToString() => TenantId is { } tenant ? $"tenant {tenant}" : "no tenant";
}
