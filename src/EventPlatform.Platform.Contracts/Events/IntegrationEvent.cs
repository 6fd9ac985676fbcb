namespace EventPlatform.Platform.Events;

/// <summary>Something other modules may react to. Written to the outbox with the change, dispatched after commit.</summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}

/// <summary>Handles an integration event; runs in the tenant the event was raised in. Must be idempotent.</summary>
public interface IIntegrationEventHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Handles the events of one type and one tenant that an outbox pass claimed together, in one call: for work that is
/// cheaper in bulk, such as one background job for many orders. Runs in that tenant, outside any user. Must be idempotent:
/// when it fails, every event of the call is delivered again later.
/// </summary>
public interface IIntegrationEventBatchHandler<in TEvent> where TEvent : IntegrationEvent
{
    Task HandleAsync(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken);
}
