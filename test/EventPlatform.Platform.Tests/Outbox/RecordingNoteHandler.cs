using EventPlatform.Platform.Auditing;
using EventPlatform.Platform.Events;
using EventPlatform.Platform.MultiTenancy;
using EventPlatform.Platform.Tests.TestModel;
using Microsoft.EntityFrameworkCore;

namespace EventPlatform.Platform.Tests.Outbox;

/// <summary>Records each delivery with the tenant and user it ran for, and whether the note is visible there.</summary>
public sealed class RecordingNoteHandler(DeliveryLog log, ICurrentTenant currentTenant, TestDbContext db) : IIntegrationEventHandler<NoteWritten>
{
    public async Task HandleAsync(NoteWritten integrationEvent, CancellationToken cancellationToken)
    {
        if (log.ShouldFail(integrationEvent.EventId))
        {
            throw new InvalidOperationException("Simulated handler failure");
        }

        var visible = await db.Notes.AnyAsync(n => n.Id == integrationEvent.NoteId, cancellationToken);
        var info = AmbientContext.Info;
        log.Record(new Delivery(integrationEvent.EventId, currentTenant.Id, info.UserId, info.CorrelationId, visible));
    }
}
