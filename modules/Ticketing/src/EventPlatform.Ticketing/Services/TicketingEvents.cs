using EventPlatform.Events.Catalog;
using EventPlatform.Platform.Exceptions;

namespace EventPlatform.Ticketing.Services;

/// <summary>Finds the current organization's events through the Events module's contracts (never its tables).</summary>
public sealed class TicketingEvents(IEventCatalog catalog)
{
    /// <summary>An event of the current organization, or 404 (another organization's event is not found either).</summary>
    public async Task<EventSummary> GetAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await catalog.FindAsync(eventId, cancellationToken)
        ?? throw new BusinessException(TicketingErrorCodes.EventNotFound, 404).WithData("event", eventId);

    /// <summary>The event when this process holds it already (no database read), else null: then call <see cref="GetAsync"/>.</summary>
    public EventSummary? FindKept(Guid eventId) => catalog.FindKept(eventId);

    /// <summary>A published event by its slug, for buyers; drafts and archived events answer 404.</summary>
    public async Task<EventSummary> GetPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var found = await catalog.FindBySlugAsync(slug, cancellationToken);
        return found is { IsPublished: true }
            ? found
            : throw new BusinessException(TicketingErrorCodes.EventNotFound, 404).WithData("event", slug);
    }
}
