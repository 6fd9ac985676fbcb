namespace EventPlatform.Events.Catalog;

/// <summary>
/// In-process reads of the current organization's events for other modules (not an HTTP API): what selling
/// tickets and checking people in need to know of an event. Deleted events are not found.
/// </summary>
public interface IEventCatalog
{
    Task<EventSummary?> FindAsync(Guid eventId, CancellationToken cancellationToken = default);

    Task<EventSummary?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);
}
