using System.Collections.Concurrent;

namespace EventPlatform.Platform.Tests.Outbox;

public sealed record Delivery(Guid EventId, Guid? TenantId, Guid? UserId, string? CorrelationId, bool NoteVisible);

public sealed record BatchDelivery(IReadOnlyList<Guid> EventIds, Guid? TenantId, Guid? UserId);

/// <summary>What <see cref="RecordingNoteHandler"/> received; tests can also make it fail a given event once.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly ConcurrentDictionary<Guid, int> _failuresLeft = new();
    private readonly ConcurrentQueue<BatchDelivery> _batches = new();
    private readonly ConcurrentDictionary<Guid, int> _batchFailuresLeft = new();

    public void FailOnce(Guid eventId) => _failuresLeft[eventId] = 1;

    public bool ShouldFail(Guid eventId) =>
        _failuresLeft.TryGetValue(eventId, out var left) && left > 0 && _failuresLeft.TryUpdate(eventId, left - 1, left);

    public void Record(Delivery delivery) => _deliveries.Enqueue(delivery);

    /// <summary>The next batch that holds <paramref name="eventId"/> fails (after it was recorded).</summary>
    public void FailBatchOnce(Guid eventId) => _batchFailuresLeft[eventId] = 1;

    public bool ShouldFailBatch(IEnumerable<Guid> eventIds) =>
        eventIds.Any(id => _batchFailuresLeft.TryGetValue(id, out var left) && left > 0 && _batchFailuresLeft.TryUpdate(id, left - 1, left));

    public void RecordBatch(BatchDelivery batch) => _batches.Enqueue(batch);

    public IReadOnlyList<BatchDelivery> BatchesWith(Guid eventId) => _batches.Where(b => b.EventIds.Contains(eventId)).ToList();

    public IReadOnlyList<Delivery> Of(Guid eventId) => _deliveries.Where(d => d.EventId == eventId).ToList();

    public async Task<Delivery> WaitForAsync(Guid eventId, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (Of(eventId) is [var first, ..]) return first;
            await Task.Delay(50);
        }

        throw new TimeoutException($"Event {eventId} was not delivered within the timeout.");
    }
}
