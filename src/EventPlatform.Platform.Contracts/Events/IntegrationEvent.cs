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
