using System.Collections.Concurrent;

namespace EventPlatform.Platform.Tests.Outbox;

public sealed record Delivery(Guid EventId, Guid? TenantId, Guid? UserId, string? CorrelationId, bool NoteVisible);

/// <summary>What <see cref="RecordingNoteHandler"/> received; tests can also make it fail a given event once.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly ConcurrentDictionary<Guid, int> _failuresLeft = new();

    public void FailOnce(Guid eventId) => _failuresLeft[eventId] = 1;

    public bool ShouldFail(Guid eventId) =>
        _failuresLeft.TryGetValue(eventId, out var left) && left > 0 && _failuresLeft.TryUpdate(eventId, left - 1, left);

    public void Record(Delivery delivery) => _deliveries.Enqueue(delivery);

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
