namespace EventPlatform.Events.Catalog;

/// <summary>
/// In-process reads of the current organization's events for other modules (not an HTTP API): what selling
/// tickets and checking people in need to know of an event. Deleted events are not found.
/// </summary>
public interface IEventCatalog
{
    Task<EventSummary?> FindAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The event if this process already holds it for the current organization, without touching the database;
    /// null means "not known here", not "missing". Lets a caller holding a pooled connection avoid needing a second one.
    /// </summary>
    EventSummary? FindKept(Guid eventId);

    Task<EventSummary?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default);

    /// <summary>Events that have not ended, soonest first, at most <paramref name="max"/> (drafts included).</summary>
    Task<IReadOnlyList<EventSummary>> GetUpcomingAsync(int max, CancellationToken cancellationToken = default);
}
