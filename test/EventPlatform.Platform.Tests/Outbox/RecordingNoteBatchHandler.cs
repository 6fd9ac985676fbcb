using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Events;
using EventPlatform.Platform.MultiTenancy;

namespace EventPlatform.Platform.Tests.Outbox;

/// <summary>Records each batch it receives with the tenant and user it ran for; fails a batch when the log says so.</summary>
public sealed class RecordingNoteBatchHandler(DeliveryLog log, ICurrentTenant currentTenant) : IIntegrationEventBatchHandler<NoteWritten>
{
    public Task HandleAsync(IReadOnlyList<NoteWritten> integrationEvents, CancellationToken cancellationToken)
    {
        var ids = integrationEvents.Select(e => e.EventId).ToList();
        log.RecordBatch(new BatchDelivery(ids, currentTenant.Id, AmbientContext.Info.UserId));
        return log.ShouldFailBatch(ids) ? throw new InvalidOperationException("Simulated batch failure") : Task.CompletedTask;
    }
}
