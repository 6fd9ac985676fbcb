using EventPlatform.Platform.Events;

namespace EventPlatform.Events.Catalog;

/// <summary>(<c>ScheduledEventId</c>: the event; <c>EventId</c> is the message id.) Raised when a session is created, its capacity changes or it is deleted (<paramref name="Removed"/>); in the event's tenant.</summary>
public sealed record SessionCapacityChanged(Guid ScheduledEventId, Guid SessionId, int? Capacity, bool Removed = false) : IntegrationEvent;
